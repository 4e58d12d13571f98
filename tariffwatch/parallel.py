"""Parallel parsing and extraction: Arrow batches in, Arrow batches out, on worker processes.

The CPU-heavy, pure-Python part of a run is turning file bytes into articles and articles into
mentions. It runs on worker processes (the GIL makes threads useless for it) and sees only the data
it is sent: a batch of raw files as an Arrow table ``(source, data)``, or a batch of already parsed
articles (feeds) as an Arrow table with the :data:`ARTICLE_FIELDS` columns. Workers never touch the
warehouse or the file system, so the same functions run on a local process pool
(:class:`ExtractionPool`) or on the workers of a Dask cluster (through Prefect's Dask task runner).

Arrow tables pickle as a few contiguous buffers, so shipping a batch costs a memory copy, not one
Python object per row.
"""

from __future__ import annotations

import importlib.abc
import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tariffwatch.memory import release_free_memory
from tariffwatch.models import Article, Rejected

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)

#: Columns of a parsed-article batch (the :class:`~tariffwatch.models.Article` fields).
ARTICLE_FIELDS = ("article_id", "dedup_key", "source", "url", "title", "published_on", "body")
#: Columns of a refused-record batch (the :class:`~tariffwatch.models.Rejected` fields).
REJECTED_FIELDS = ("source", "stage", "reason", "detail", "payload")


def default_workers() -> int:
    """Worker processes to use when none is configured: the CPUs this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def raw_schema() -> pa.Schema:
    """Schema of a raw-file batch: the file path as given and its bytes."""
    import pyarrow as pa

    return pa.schema([pa.field("source", pa.string(), nullable=False), pa.field("data", pa.binary())])


def path_schema() -> pa.Schema:
    """Schema of a file-path batch: files a worker on the same machine reads itself."""
    import pyarrow as pa

    return pa.schema([pa.field("source", pa.string(), nullable=False)])


def paths_to_table(paths: Sequence[str]) -> pa.Table:
    """Pack file paths into a file-path batch (:func:`path_schema`)."""
    import pyarrow as pa

    return pa.Table.from_arrays([pa.array(list(paths), pa.string())], schema=path_schema())


def article_schema() -> pa.Schema:
    """Schema of a parsed-article batch."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("dedup_key", pa.string(), nullable=False),
            pa.field("source", pa.string(), nullable=False),
            pa.field("url", pa.string()),
            pa.field("title", pa.string()),
            pa.field("published_on", pa.date32(), nullable=False),
            pa.field("body", pa.string(), nullable=False),
        ]
    )


def rejected_schema() -> pa.Schema:
    """Schema of a refused-record batch."""
    import pyarrow as pa

    return pa.schema([pa.field(name, pa.string(), nullable=False) for name in REJECTED_FIELDS])


def read_raw(paths: Sequence[str], max_bytes: int | None = None) -> tuple[pa.Table, list[Rejected]]:
    """Read the bytes of article files into a raw batch; files that cannot be read become Rejected rows.

    Reading follows :func:`tariffwatch.sources.files.read_article_bytes`: only regular files are
    opened (a FIFO never blocks the run), and files over ``max_bytes`` are refused unread.

    Args:
        paths: File paths as given (recorded as the source).
        max_bytes: Largest file read (default: the file source's ``DEFAULT_MAX_FILE_BYTES``).

    Returns:
        ``(raw batch, rejected)``.
    """
    import pyarrow as pa

    from tariffwatch.sources.files import DEFAULT_MAX_FILE_BYTES, read_article_bytes

    limit = DEFAULT_MAX_FILE_BYTES if max_bytes is None else max_bytes
    sources: list[str] = []
    blobs: list[bytes] = []
    rejected: list[Rejected] = []
    for path in paths:
        data = read_article_bytes(path, limit)
        if isinstance(data, Rejected):
            rejected.append(data)
            continue
        sources.append(path)
        blobs.append(data)
    columns = [pa.array(sources, pa.string()), pa.array(blobs, pa.binary())]
    return pa.Table.from_arrays(columns, schema=raw_schema()), rejected


def articles_to_table(articles: Sequence[Article]) -> pa.Table:
    """Pack parsed articles (e.g. from feeds) into a parsed-article batch."""
    import pyarrow as pa

    columns = {name: [getattr(a, name) for a in articles] for name in ARTICLE_FIELDS}
    return pa.Table.from_pydict(columns, schema=article_schema())


def table_to_articles(table: pa.Table) -> list[Article]:
    """Unpack a parsed-article batch."""
    return [Article(**row) for row in table.select(list(ARTICLE_FIELDS)).to_pylist()]


def table_to_rejected(table: pa.Table) -> list[Rejected]:
    """Unpack a refused-record batch."""
    return [Rejected(**row) for row in table.to_pylist()]


def rejected_to_table(rejected: Sequence[Rejected]) -> pa.Table:
    """Pack refused records into a refused-record batch (:func:`rejected_schema`)."""
    import pyarrow as pa

    columns = {name: [getattr(r, name) for r in rejected] for name in REJECTED_FIELDS}
    return pa.Table.from_pydict(columns, schema=rejected_schema())


@dataclass(frozen=True)
class ExtractedBatch:
    """What a worker sends back: parsed articles, their mentions, and the records it refused.

    Attributes:
        articles: Parsed-article batch, in input order.
        mentions: ``mentions`` rows (declared Arrow schema) of those articles, in article order.
        rejected: Refused-record batch (files that did not parse).
    """

    articles: pa.Table
    mentions: pa.Table
    rejected: pa.Table

    def concat(self, other: ExtractedBatch) -> ExtractedBatch:
        """This batch followed by ``other``."""
        import pyarrow as pa

        return ExtractedBatch(
            pa.concat_tables([self.articles, other.articles]),
            pa.concat_tables([self.mentions, other.mentions]),
            pa.concat_tables([self.rejected, other.rejected]),
        )


def _extract(articles: Sequence[Article], run_id: str) -> pa.Table:
    from tariffwatch.extraction import extract_mentions
    from tariffwatch.pipeline import mention_row
    from tariffwatch.warehouse import rows_to_arrow

    rows: list[dict[str, Any]] = []
    for art in articles:
        ref = {"article_id": art.article_id, "published_on": art.published_on}
        rows.extend(mention_row(ref, m, run_id) for m in extract_mentions(art.body, art.published_on))
    return rows_to_arrow("mentions", rows)


def parse_and_extract(raw: pa.Table, run_id: str) -> ExtractedBatch:
    """Parse a raw-file batch and extract the mentions of its articles (runs on a worker).

    Args:
        raw: Raw-file batch (:func:`raw_schema`).
        run_id: The run the mention rows are stamped with.

    Returns:
        The parsed articles, their mentions, and the files refused (same reasons as
        :func:`tariffwatch.sources.files.read_file`).
    """
    from tariffwatch.sources.files import decode_article_bytes, parse_article_text

    articles: list[Article] = []
    rejected: list[Rejected] = []
    for source, data in zip(raw.column("source").to_pylist(), raw.column("data").to_pylist(), strict=True):
        # The same decoding rule as read_file: UTF-8 only, NUL bytes mean binary.
        text = decode_article_bytes(data, source)
        if isinstance(text, Rejected):
            rejected.append(text)
            continue
        parsed = parse_article_text(text, source)
        if isinstance(parsed, Article):
            articles.append(parsed)
        else:
            rejected.append(parsed)
    mentions = _extract(articles, run_id)
    return ExtractedBatch(articles_to_table(articles), mentions, rejected_to_table(rejected))


def extract_articles(table: pa.Table, run_id: str) -> ExtractedBatch:
    """Extract the mentions of a parsed-article batch (runs on a worker).

    Args:
        table: Parsed-article batch (:func:`article_schema`).
        run_id: The run the mention rows are stamped with.

    Returns:
        The same articles, their mentions, and no refused records.
    """
    import pyarrow as pa

    articles = table_to_articles(table)
    empty = pa.Table.from_pylist([], schema=rejected_schema())
    return ExtractedBatch(table, _extract(articles, run_id), empty)


#: Rows a worker turns into Python objects at a time: a worker's memory depends on this, not on the batch.
SLICE_ROWS = 500


def read_and_extract(paths: pa.Table, run_id: str, max_bytes: int | None = None) -> ExtractedBatch:
    """Read, parse and extract a file-path batch (runs on a worker that sees the files).

    Args:
        paths: File-path batch (:func:`path_schema`).
        run_id: The run the mention rows are stamped with.
        max_bytes: Largest file read (as :func:`read_raw`).

    Returns:
        As :func:`parse_and_extract`; files that could not be read come first among the refused records.
    """
    import pyarrow as pa

    raw, unreadable = read_raw(paths.column("source").to_pylist(), max_bytes)
    parsed = parse_and_extract(raw, run_id)
    if not unreadable:
        return parsed
    refused = pa.concat_tables([rejected_to_table(unreadable), parsed.rejected])
    return ExtractedBatch(parsed.articles, parsed.mentions, refused)


def process_batch(batch: pa.Table, run_id: str, max_bytes: int | None = None) -> ExtractedBatch:
    """Read (file paths), parse (raw files) and extract one batch, :data:`SLICE_ROWS` rows at a time.

    File-path batches (only a ``source`` column) are read first, raw-file batches (a ``data`` column)
    are parsed, parsed-article batches are only extracted; results keep input order. Per-row Python
    objects live only for one slice, so memory stays flat however large the batch (a Dask worker may
    be handed a whole ``batch_size`` batch).

    Args:
        batch: A file-path, raw-file or parsed-article batch.
        run_id: The run the mention rows are stamped with.
        max_bytes: Largest file read, for file-path batches (as :func:`read_raw`).
    """

    def step(part: pa.Table) -> ExtractedBatch:
        if batch.column_names == ["source"]:
            return read_and_extract(part, run_id, max_bytes)
        if "data" in batch.column_names:
            return parse_and_extract(part, run_id)
        return extract_articles(part, run_id)

    parts = [step(part) for part in _slices(batch, SLICE_ROWS)]
    return _merge(parts) if parts else step(batch)


def _work(batch: pa.Table, run_id: str, max_bytes: int | None) -> ExtractedBatch:
    """:func:`process_batch` on a pool worker, which first returns the last slice's freed pages to the OS."""
    release_free_memory()
    return process_batch(batch, run_id, max_bytes)


def _merge(parts: Sequence[ExtractedBatch]) -> ExtractedBatch:
    """The results of consecutive slices as one batch, in order."""
    merged = parts[0]
    for part in parts[1:]:
        merged = merged.concat(part)
    return merged


def _slices(table: pa.Table, size: int) -> list[pa.Table]:
    """Consecutive slices of at most ``size`` rows (zero-copy views)."""
    return [table.slice(i, size) for i in range(0, table.num_rows, max(size, 1))]


def _compact(table: pa.Table) -> pa.Table:
    """A copy of ``table`` holding only its own rows.

    A slice shares its parent's buffers and pickles them whole: sending ten 500-row slices of a
    5,000-file batch would ship the batch ten times (measured: 50 MB pickled for a 5 MB slice).
    """
    import pyarrow as pa

    return table.take(pa.array(range(table.num_rows), pa.int64()))


class _RefusePandas(importlib.abc.MetaPathFinder):
    """Makes ``import pandas`` fail in an extraction worker.

    pyarrow imports pandas the first time it converts Python objects (to recognise pandas inputs) when
    pandas is installed: +45 MB in each worker, which never sees a pandas object. Refused, pyarrow takes
    its "pandas is not installed" path.
    """

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if fullname == "pandas" or fullname.startswith("pandas."):
            raise ImportError("pandas is not loaded in tariffwatch extraction workers (memory)")
        return None


def _init_worker() -> None:
    # Runs first in every local worker process, before pyarrow has converted anything.
    from tariffwatch.memory import use_system_allocator

    if "pandas" not in sys.modules:
        sys.meta_path.insert(0, _RefusePandas())
    use_system_allocator()


def _warm() -> int:
    # Importing the extractor compiles its patterns: do it once per worker, before real work arrives.
    import tariffwatch.extraction
    import tariffwatch.sources.files  # noqa: F401

    return os.getpid()


class ExtractionPool:
    """A pool of worker processes running :func:`process_batch` on slices of a batch.

    With ``workers == 1`` everything runs in the calling process (no pool, no copies).

    Args:
        workers: Number of processes (default: :func:`default_workers`).
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        self._executor: ProcessPoolExecutor | None = None
        # A flow extracts several batches at once, each from its own thread: one lock makes the first of
        # them start the one pool while the others wait, and queues each batch's slices whole, in turn.
        self._submitting = threading.Lock()

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # forkserver: the flow process runs threads (Prefect, DuckDB), which fork() would copy mid-state.
            context = multiprocessing.get_context("forkserver")
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=_init_worker
            )
            for future in [self._executor.submit(_warm) for _ in range(self.workers)]:
                future.result()
        return self._executor

    def process(self, batch: pa.Table, run_id: str, max_bytes: int | None = None) -> ExtractedBatch:
        """Read (if paths), parse (if raw) and extract one batch, split across the workers, in input order.

        Args:
            batch: A file-path, raw-file or parsed-article batch.
            run_id: The run the mention rows are stamped with.
            max_bytes: Largest file read, for file-path batches.
        """
        if self.workers <= 1 or batch.num_rows < 2:
            return process_batch(batch, run_id, max_bytes)
        # Slices no larger than SLICE_ROWS keep each worker's memory flat and the workers evenly loaded.
        size = min(-(-batch.num_rows // self.workers), SLICE_ROWS)
        parts = [_compact(part) for part in _slices(batch, size)]
        with self._submitting:
            pool = self._pool()
            futures = [pool.submit(_work, part, run_id, max_bytes) for part in parts]
        return _merge([f.result() for f in futures])

    def close(self) -> None:
        """Stop the worker processes."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
