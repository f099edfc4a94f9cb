"""Page readers: bytes and a URL in, findings or an Article out (one module per platform or task)."""
