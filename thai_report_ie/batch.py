"""Many documents: `extract_many`, lazy and in input order, where one bad document never stops a batch.

    >>> import thai_report_ie as tri
    >>> for doc_id, result in tri.extract_many(["มีสมาชิก 1,549 ราย", b"not text", ("r-7", "งบ 2.4 แสนล้านบาท")]):
    ...     print(doc_id, result if isinstance(result, tri.Failure) else [r.text for r in result.records])
    0 ['1,549 ราย']
    1 1: InputTypeError: extract() expects str, got bytes (decode bytes first, e.g. data.decode('utf-8'))
    r-7 ['2.4 แสนล้านบาท']

Each result is a pair `(doc_id, Report | Failure)`. The id is the one given with an `(id, text)`
pair, the path (as a string) for a `pathlib.Path`, or the item's position for a bare text. A
document whose reading or extraction raises yields a `Failure` naming it, and the batch goes
on. With `n_process > 1` the documents go to worker processes that start once (each loads the
lexicons and the segmenter's dictionary once, then reads document after document); at most a
few chunks a worker are in flight, so a stream of any length runs in bounded memory. The
workers import the library afresh, so the module settings a script may change (`SETTINGS`: the
readers' limits, `extract.MAX_CHARS` ...) are sent to them as the batch starts.
"""
from __future__ import annotations

import copy
import copyreg
import dataclasses
import gc
import importlib
import io
import itertools
import multiprocessing
import operator
import os
import pickle
import sys
from collections import ChainMap, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Tuple, Union

from .extract import MAX_CHARS, extract
from .records import Check, DateMention, Money, NumberMention, Organisation, Percentage, Person, Quantity, Ratio, Report

if TYPE_CHECKING:  # pragma: no cover
    from multiprocessing.context import BaseContext

__all__ = ["SETTINGS", "DocId", "Failure", "InputFileError", "Item", "Result", "WorkersCannotStart", "extract_many",
           "read_document"]

DocId = Union[str, int]
Item = Union[str, "os.PathLike[str]", Tuple[DocId, str]]


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read or extracted: which one, and why.

    `error_type` is the exception's class name ("ValueError", "InputTypeError", "WorkerDied"),
    `error` its message. A Failure is never raised: `extract_many` yields it in the document's
    place and goes on.
    """

    id: DocId
    error: str
    error_type: str = "Exception"

    def __str__(self) -> str:
        return f"{self.id}: {self.error_type}: {self.error}"

    def __repr__(self) -> str:
        return f"Failure({self.id!r}, {self.error_type}: {self.error})"


Result = Tuple[DocId, Union[Report, Failure]]
_Task = Tuple[DocId, Union[str, None], Union[str, None], object]  # id, text, path, bad item (or None)

WINDOW = 3
"""Chunks in flight per worker process: enough to keep workers busy, few enough for bounded memory."""


class WorkersCannotStart(RuntimeError):
    """The worker processes of `extract_many(n_process>1)` die before reading any document."""


_CANNOT_START = (
    "extract_many(n_process>1): the worker processes keep dying before they read a document. "
    "In a script, call extract_many under `if __name__ == \"__main__\":` (worker processes "
    "import the main module), or use n_process=1"
)


class InputFileError(OSError):
    """A path given to `extract_many` names no readable UTF-8 text file of acceptable size."""


def read_document(path: str | os.PathLike[str], *, max_chars: int = MAX_CHARS) -> str:
    """The text of one document file, read by `readers.read_text` (.txt in any common encoding,
    .html, .docx, .pdf). The single place where `extract_many` reads a path."""
    from .readers import read_text

    if os.path.splitext(os.fspath(path))[1].lower() in (".txt", ".htm", ".html"):
        size = os.stat(path).st_size
        if size > 4 * max_chars:  # a UTF-8 character takes at most 4 bytes
            raise InputFileError(f"{path}: {size:,} bytes is over the limit of {max_chars:,} characters; split the file")
    return read_text(path).text


def _task(position: int, item: object) -> _Task:
    if isinstance(item, str):
        return position, item, None, None
    if isinstance(item, os.PathLike):
        return os.fspath(item), None, os.fspath(item), None
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], (str, int)):
        return item[0], item[1], None, None
    return position, None, None, item


def _extract_one(task: _Task, max_chars: int, fn: Callable[[str], Report] = extract) -> Report | Failure:
    doc_id, text, path, bad = task
    try:
        if path is not None:
            text = read_document(path, max_chars=max_chars)
        elif text is None:
            return fn(bad)  # type: ignore[arg-type]  # raises InputTypeError, naming the type
        if isinstance(text, str) and len(text) > max_chars:
            raise ValueError(f"{len(text):,} characters is over the limit of {max_chars:,}; split the document")
        return fn(text)
    except Exception as e:  # noqa: BLE001 - one document's failure must not stop the batch
        return Failure(doc_id, str(e), type(e).__name__)


def _run_chunk(tasks: list[_Task], max_chars: int, fn: Callable[[str], Report] = extract) -> bytes:
    """In a worker: extract each document; a text sent in is not sent back (the parent has it).
    The results go back pickled by `_dumps` (the parent reads them with `pickle.loads`)."""
    out: list[Report | Failure] = []
    for task in tasks:
        result = _extract_one(task, max_chars, fn)
        if isinstance(result, Report) and task[2] is None:
            result = dataclasses.replace(result, text="")
        out.append(result)
    return _dumps(out)


# What crosses the process boundary. A frozen dataclass with slots pickles by its own
# __getstate__/__setstate__, which call dataclasses.fields() on every record (a Report of a
# press release holds ~70 records): most of the cost of sending a chunk back. Here each record
# class pickles as (its rebuilder, its field values): the values are read by one attrgetter,
# and the rebuilder (generated once a class, like dataclasses' own __init__) sets each slot.
# The same objects come out, equal and of the same class: only the transfer is cheaper.
_TRANSFERRED = (NumberMention, Quantity, Money, Percentage, Ratio, DateMention, Organisation, Person, Check, Report)


def _make_rebuilder(cls: type) -> Callable[..., object]:
    names = [f.name for f in dataclasses.fields(cls)]
    args = ", ".join(f"v{i}" for i in range(len(names)))
    sets = "".join(f"    _set(obj, {name!r}, v{i})\n" for i, name in enumerate(names))
    name = f"_rebuild_{cls.__name__}"
    namespace: dict[str, Any] = {"_set": object.__setattr__, "_new": object.__new__, "_cls": cls}
    exec(f"def {name}({args}):\n    obj = _new(_cls)\n{sets}    return obj\n", namespace)  # noqa: S102
    rebuild = namespace[name]
    rebuild.__module__, rebuild.__qualname__ = __name__, name  # pickled by reference: thai_report_ie.batch.<name>
    return rebuild


def _make_reducer(cls: type) -> Callable[[object], tuple]:
    rebuild = globals()[f"_rebuild_{cls.__name__}"] = _make_rebuilder(cls)
    values = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))
    return lambda obj: (rebuild, values(obj))


_DISPATCH: ChainMap[type, Callable[[Any], str | tuple[Any, ...]]] = ChainMap(
    {cls: _make_reducer(cls) for cls in _TRANSFERRED}, copyreg.dispatch_table)  # live: later copyreg entries count


def _dumps(obj: object) -> bytes:
    """`pickle.dumps` with the records' cheaper reducers (`pickle.loads` reads it back)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(obj)
    return buffer.getvalue()


# Module settings a script may change, by module: the readers' limits (docs/guide.md "Reading files"), what
# `extract` reads at most and the size of the pieces it reads a long text in, and the workers' collector thresholds.
# Worker processes (forkserver, spawn; a Dask worker) import the library afresh and would keep the defaults, so
# `extract_many(n_process>1)` gives them the parent's current values (`_current_settings`, applied by the worker
# initialiser), as does `thai_report_ie.dask.extract_records` with each partition.
SETTINGS: dict[str, tuple[str, ...]] = {
    "thai_report_ie.batch": ("POOL_GC_THRESHOLD",),
    "thai_report_ie.extract": ("MAX_CHARS", "PIECE_CHARS"),
    "thai_report_ie.readers": ("MAX_DOCX_UNZIPPED_BYTES", "MAX_DOCX_XML_BYTES", "MAX_FILE_BYTES",
                               "MAX_PDF_CONTENT_TOKENS", "MAX_PDF_DECODED_BYTES", "MAX_PDF_FONT_TOKENS",
                               "MAX_PDF_GLYPHS", "MAX_PDF_PAGES", "MAX_TEXT_CHARS"),
}
Settings = dict[str, dict[str, object]]


def _current_settings() -> Settings:
    """The values of `SETTINGS` in this process now, copied (`MAX_FILE_BYTES` is a dict a script may change in
    place): {module: {name: value}}, for `_apply_settings` in another process.

    >>> _current_settings()["thai_report_ie.readers"]["MAX_PDF_PAGES"]
    2000
    """
    return {module: {name: copy.deepcopy(getattr(importlib.import_module(module), name)) for name in names}
            for module, names in SETTINGS.items()}


def _apply_settings(settings: Settings) -> None:
    """Set this process's module settings to `settings` (from `_current_settings`; a module or name left out keeps its
    value). What `extract_many`'s worker processes run first; in a Dask cluster, `extract_records` does it for each
    partition."""
    for module, values in settings.items():
        target = importlib.import_module(module)
        for name, value in values.items():
            if name not in SETTINGS.get(module, ()):
                raise ValueError(f"_apply_settings: {module}.{name} is not one of the settings (batch.SETTINGS)")
            setattr(target, name, value)


def _init_worker() -> None:
    """Load lexicons, patterns and the segmenter's dictionary once per worker process."""
    extract("อุ่นเครื่อง 1 ครั้ง 2 ราย ร้อยละ 5 กระทรวงการคลัง")


POOL_GC_THRESHOLD = (20_000, 50, 100)
"""The garbage collector's thresholds in `extract_many`'s own worker processes (Python's default
is (700, 10, 10)). `extract()` makes no reference cycles (a collection after a document finds
nothing to free), but a document's ~1,000 token tuples and ~70 records are container objects,
so the default thresholds walk them over and over while a document is read."""


def _init_pool_worker(settings: Settings | None = None) -> None:
    """A worker process of `extract_many`, which the library owns: take the parent's settings,
    warm up, then freeze what is loaded (lexicons, patterns, models: never walked by a
    collection again, nor copied on write) and collect garbage less often (`POOL_GC_THRESHOLD`).
    Dask workers are not ours and keep Python's defaults (`thai_report_ie.dask` calls
    `_init_worker` only)."""
    if settings:
        _apply_settings(settings)
    _init_worker()
    gc.freeze()
    gc.set_threshold(*POOL_GC_THRESHOLD)


def _context(mp_context: str | BaseContext | None) -> BaseContext:
    if mp_context is not None and not isinstance(mp_context, str):
        return mp_context
    if mp_context is None:
        # forkserver: safe in a process with threads (unlike fork), and the server imports and
        # warms the library once, so each worker starts from a loaded copy (spawn would reload).
        mp_context = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(mp_context)
    if mp_context == "forkserver":
        ctx.set_forkserver_preload(["thai_report_ie._warm"])
    return ctx


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task]]:
    while chunk := list(itertools.islice(tasks, size)):
        yield chunk


def _serial(tasks: Iterator[_Task], max_chars: int, fn: Callable[[str], Report]) -> Iterator[Result]:
    for task in tasks:
        yield task[0], _extract_one(task, max_chars, fn)


def _submit(pool: ProcessPoolExecutor, chunk: list[_Task], max_chars: int, fn: Callable[[str], Report]) -> Future:
    """The chunk's future; a pool already broken gives a future holding that error (not a raise)."""
    try:
        return pool.submit(_run_chunk, chunk, max_chars, fn)
    except BrokenProcessPool as e:
        failed: Future = Future()
        failed.set_exception(e)
        return failed


def _came_back(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _parallel(tasks: Iterator[_Task], n_process: int, chunksize: int, max_chars: int,
              ctx: BaseContext, fn: Callable[[str], Report], settings: Settings) -> Iterator[Result]:
    chunks = _chunks(tasks, chunksize)
    pending: deque[tuple[list[_Task], Future]] = deque()  # a chunk and its submission

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_pool_worker, initargs=(settings,))

    pool = new_pool()
    breaks, started = 0, False  # pool breakdowns; has any chunk come back?
    try:
        def top_up() -> None:
            while len(pending) < n_process * WINDOW and (chunk := next(chunks, None)) is not None:
                pending.append((chunk, _submit(pool, chunk, max_chars, fn)))

        top_up()
        while pending:
            chunk, future = pending.popleft()
            try:
                results = pickle.loads(future.result())
                started = True
            except BrokenProcessPool as e:
                # a worker died (killed, out of memory, a crash in native code): start a new pool;
                # this chunk's documents are retried one at a time, so only the culprit fails
                pool.shutdown(wait=False, cancel_futures=True)
                breaks += 1
                if breaks > 3 and not started:
                    raise WorkersCannotStart(_CANNOT_START) from e
                pool = new_pool()
                retry = [(c, f if _came_back(f) else None) for c, f in pending]
                pending.clear()
                if len(chunk) > 1:
                    retry[:0] = [([t], None) for t in chunk]
                    pending.extend((c, f or _submit(pool, c, max_chars, fn)) for c, f in retry)
                    continue
                # one document: the worker that died may have been another's, every future of a broken pool
                # breaks; so it is read again alone, and fails only if it kills that worker too
                try:
                    results = pickle.loads(_submit(pool, chunk, max_chars, fn).result())
                    started = True
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                    results = [Failure(chunk[0][0], "the worker process died while reading this document", "WorkerDied")]
                pending.extend((c, f or _submit(pool, c, max_chars, fn)) for c, f in retry)
            for task, result in zip(chunk, results):
                if isinstance(result, Report) and task[2] is None and result.text == "" and task[1]:
                    result = dataclasses.replace(result, text=task[1])
                yield task[0], result
            top_up()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _with_progress(results: Iterator[Result], total: int | None) -> Iterator[Result]:
    from tqdm import tqdm

    failed = 0
    with tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True) as bar:
        for doc_id, result in results:
            if isinstance(result, Failure):
                failed += 1
                bar.set_postfix(failed=failed, refresh=False)
            bar.update(1)
            yield doc_id, result


def extract_many(items: Iterable[Item], *, n_process: int = 1, progress: bool = False, chunksize: int = 16,
                 max_chars: int = MAX_CHARS, mp_context: str | BaseContext | None = None,
                 extract_fn: Callable[[str], Report] = extract) -> Iterator[Result]:
    """Extract every document of `items`, lazily and in input order: `(doc_id, Report | Failure)` pairs.

    items: texts (`str`, id = position), paths (`pathlib.Path`, id = the path; read as UTF-8
    text by `read_document`), or `(id, text)` pairs, mixed freely; any iterable, read as the
    results are consumed. n_process: worker processes (1: in this process; -1: one a CPU).
    progress: a tqdm bar on stderr. chunksize: documents sent to a worker at a time.
    max_chars: longer documents fail (with a Failure) instead of being read.
    mp_context: a start method or context for the workers (default forkserver, else spawn).
    extract_fn: what reads one text (default `extract`), e.g. an extractor with custom
    lexicons; with n_process > 1 it must pickle (a module-level function, a partial of one, or
    an object whose state pickles), and it is sent with each chunk.

    With n_process > 1 the workers take this process's `SETTINGS` (the readers' limits such as
    `readers.MAX_PDF_PAGES`, `extract.MAX_CHARS` ...) as they are when extract_many is called:
    a limit changed in a script holds in the workers as it does with n_process=1.
    """
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process < 1 or chunksize < 1:
        raise ValueError(f"n_process must be >= 1 (or -1) and chunksize >= 1, got {n_process} and {chunksize}")
    total = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
    tasks = itertools.starmap(_task, enumerate(items))
    if n_process == 1:
        results = _serial(tasks, max_chars, extract_fn)
    else:
        results = _parallel(tasks, n_process, chunksize, max_chars, _context(mp_context), extract_fn, _current_settings())
    return _with_progress(results, total) if progress else results
