"""One file -> Extraction: load within the document's budget, then run the pure pipeline;
and many files, read across the machine's cores in their order."""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TypeVar

from extractors.errors import LoadError
from extractors.load import load_bytes
from extractors.load.limits import DEFAULT_LIMITS, LimitExceeded, Limits
from extractors.pipeline import extract_text
from models.extraction import Extraction
from service.errors import BadDocument, OverLimit, UnsupportedType, VanbanError
from service.process_map import WORKER_DIED, OrderedProcessMap

# Files handed to each worker ahead of the one it reads: enough that none waits for the next.
_FILES_IN_FLIGHT = 8
T = TypeVar("T")


def extract_bytes(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """Extract one document; a file that cannot be read raises BadDocument (OverLimit
    when it is over one of `limits`)."""
    try:
        loaded = load_bytes(data, filename, limits)
    except LimitExceeded as e:
        raise OverLimit.of(e.limit, f"{filename}: {e.reason}") from e
    except LoadError as e:
        error = UnsupportedType if e.kind == "unsupported" else BadDocument
        raise error(f"{filename}: {e.reason}") from e
    return extract_text(loaded.text, meta=loaded.meta)


def read_upload(data: bytes, filename: str, limits: Limits) -> Extraction | VanbanError:
    """`extract_bytes` in a worker of service.pool: the refusal is returned, not raised,
    so that it crosses back to the server as a value with its status and reason."""
    try:
        return extract_bytes(data, filename, limits)
    except VanbanError as e:
        return e


def extract_path(path: Path) -> Extraction:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BadDocument(f"{path}: {e.strerror or e}") from e
    return extract_bytes(data, path.name)


def _read_path(path: Path, render: Callable[[Path, Extraction], T]) -> T | VanbanError:
    """`extract_path` and `render` in a worker: the refusal is returned, so that it reaches
    the caller in its file's turn as a value."""
    try:
        return render(path, extract_path(path))
    except VanbanError as e:
        return e


def _unread(path: Path) -> BadDocument:
    return BadDocument(f"{path}: not read: {WORKER_DIED}")


def extract_paths(paths: Sequence[Path], workers: int,
                  render: Callable[[Path, Extraction], T]) -> Iterator[tuple[Path, T | VanbanError]]:
    """Each file with what `render` makes of its Extraction (in the worker that read it: a
    line to print crosses back cheaper than the model), or the refusal of a file that cannot
    be read, in the order given. More than one worker reads the files in that many processes
    forked from this one (its imports and compiled patterns shared, nothing loaded again) by
    service.process_map, which survives a worker's death: only a file that kills its worker
    each time it is read alone is refused for it. One worker, or a single file, reads them
    here. `render` must be picklable (a module's function, or a partial of one)."""
    read = partial(_read_path, render=render)
    if workers <= 1 or len(paths) <= 1:
        yield from ((path, read(path)) for path in paths)
        return
    readers = OrderedProcessMap(min(workers, len(paths)), read, _unread, partial(multiprocessing.get_context, "fork"),
                                window_per_worker=_FILES_IN_FLIGHT)
    yield from zip(paths, readers.run(iter(paths)))
