"""Page readers: bytes of one fetched page → an :class:`parsers.records.Article`.

One reader per source or platform (the portal, the gromada.org.ua platform, WordPress, Joomla K2,
Drupal 7, and a generic reader for the rest). A platform that serves several themes states them as
layout versions inside its reader; the reader picks the version whose marker the page carries and
falls back to the generic rules field by field. Two rules hold for every reader: a block about other
articles is never the article (:mod:`parsers.pages.blocks`), and a response that is no article (an
error page, a removed page, a maintenance notice, binary content) is never read as one
(:mod:`parsers.pages.verdict`).
"""
