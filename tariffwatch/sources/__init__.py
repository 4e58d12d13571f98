"""Sources: where articles come from.

Every source has the same shape: it reads what it is pointed at and returns a
:class:`~tariffwatch.models.SourceBatch` holding one :class:`~tariffwatch.models.Article` or one
:class:`~tariffwatch.models.Rejected` per record it saw, plus survivable warnings. Bad content never
raises; a source that cannot be read at all raises a :class:`~tariffwatch.errors.SourceError`
(transient or terminal).

Modules: ``files`` (article files on disk) with ``markdown_text`` (markdown → clean body text);
``feeds`` (RSS/Atom feeds) with ``html_text`` (HTML → clean body text); ``publication_dates`` holds the
plausibility rule both apply to a publication date.
"""
