"""Facts from articles: which articles are worth reading for partnerships, and (later) pairing and cues."""
