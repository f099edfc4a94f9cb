"""Page readers: bytes of one fetched page → an Article (one reader per source or platform), and the
verdict on whether a response is an article at all."""
