"""The files an ingest reads: plain files, folders (recursive) and zip archives.

Zip members are read in memory, never extracted to disk, and are refused when
their name escapes the archive (absolute path, drive letter, `..`), when they
are links or encrypted, or when their size looks like a decompression bomb (any
member of 64 KiB or more that unpacks to over `ratio` times its packed size, and
every member once the archive's total passes `archive_bytes`); an archive with
more than `members` files is refused whole. A folder is walked without following
a symbolic link that leads out of it.
"""
from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from service.batch.report import Failure


@dataclass(frozen=True)
class ArchiveLimits:
    member_bytes: int = 50 * 1024 * 1024  # one member, uncompressed
    archive_bytes: int = 20 * 1024 ** 3  # all members of one archive, uncompressed
    members: int = 10_000  # files in one archive
    ratio: float = 100.0  # uncompressed / compressed size of a member
    ratio_floor: int = 64 * 1024  # sizes below this are not checked for their ratio (tiny files compress well)


@dataclass(frozen=True)
class SourceRef:
    path: Path  # the file, or the archive holding the member
    member: str | None  # name inside the archive
    label: str  # what reports call it: "dir/a.pdf" or "box.zip!dir/a.pdf"

    @property
    def filename(self) -> str:
        """The name the loader sees (its suffix picks the format)."""
        return PurePosixPath(self.member).name if self.member else self.path.name


class SourceError(Exception):
    def __init__(self, failure: Failure):
        super().__init__(failure.reason)
        self.failure = failure


def unsafe_member_name(name: str) -> bool:
    """True for a member name that would land outside the archive's folder."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in parts


def _is_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _member_problem(info: zipfile.ZipInfo, limits: ArchiveLimits) -> str | None:
    if unsafe_member_name(info.filename):
        return "path traversal: the member name leaves the archive"
    if _is_link(info):
        return "symbolic link member refused"
    if info.flag_bits & 0x1:
        return "encrypted member"
    if info.file_size > limits.member_bytes:
        return f"member of {info.file_size} bytes is over the limit of {limits.member_bytes}"
    if info.file_size >= limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
        return f"size bomb: compression ratio over {limits.ratio:g} (VANBAN_MAX_EXPANSION)"
    return None


def _archive_refs(path: Path, label: str, limits: ArchiveLimits, failures: list[Failure]) -> Iterator[SourceRef]:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
    except (OSError, zipfile.BadZipFile) as e:
        failures.append(Failure(label, "archive", f"cannot open the zip archive: {e}"))
        return
    if len(infos) > limits.members:
        failures.append(Failure(label, "archive", f"{len(infos):,} files is over the limit of "
                                                  f"{limits.members:,} (VANBAN_MAX_ARCHIVE_MEMBERS)"))
        return
    total = 0
    for info in sorted(infos, key=lambda i: i.filename):
        member_label = f"{label}!{printable(info.filename)}"
        if PurePosixPath(info.filename).name.startswith("."):
            continue
        problem = _member_problem(info, limits)
        if problem is None and total + info.file_size > limits.archive_bytes:
            problem = f"size bomb: the archive unpacks to more than {limits.archive_bytes} bytes"
        if problem:
            failures.append(Failure(member_label, "archive", problem))
            continue
        total += info.file_size
        yield SourceRef(path, info.filename, member_label)


def printable(name: str) -> str:
    """A file name as reports and the store show it: bytes that are not UTF-8 (kept by
    the file system as surrogate escapes) become U+FFFD, so that JSON and the database take it."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that no file system byte stands for
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def shown_path(given: Path, path: Path) -> str:
    """How a found file is named in the store and the reports: relative to what was given
    to ingest, under that folder's own name ("seeds/000.txt" for `vanban ingest
    /srv/corpus/seeds`), never the server's folders above it."""
    if path == given:
        return path.name
    return (Path(given.resolve().name or given.anchor) / path.relative_to(given)).as_posix()


def _files_under(root: Path, failures: list[Failure]) -> Iterator[Path]:
    """Files under `root`, hidden ones skipped; a link leading out of `root` is refused."""
    inside = root.resolve()
    for p in sorted(root.rglob("*")):
        if any(part.startswith(".") for part in p.relative_to(root).parts):
            continue
        if not p.resolve().is_relative_to(inside):  # a link, or a file under a linked folder
            failures.append(Failure(printable(shown_path(root, p)), "read", "symbolic link leading out of the folder refused"))
            continue
        if p.is_file():
            yield p


def find_sources(paths: Iterable[Path], limits: ArchiveLimits, failures: list[Failure],
                 labels: dict[Path, str] | None = None) -> Iterator[SourceRef]:
    """Every document in `paths`; what cannot even be listed goes to `failures`."""
    for given in paths:
        files = _files_under(given, failures) if given.is_dir() else [given]
        for path in files:
            label = printable((labels or {}).get(path) or shown_path(given, path))
            if path.suffix.lower() == ".zip":
                yield from _archive_refs(path, label, limits, failures)
            else:
                yield SourceRef(path, None, label)


class SourceReader:
    """Reads sources in order, keeping the current archive open between its members."""

    def __init__(self, limits: ArchiveLimits):
        self.limits = limits
        self._archive: tuple[Path, zipfile.ZipFile] | None = None

    def read(self, ref: SourceRef) -> bytes:
        try:
            if ref.member is None:
                return ref.path.read_bytes()
            with self._open(ref.path).open(ref.member) as member:
                data = member.read(self.limits.member_bytes + 1)
        except OSError as e:
            raise SourceError(Failure(ref.label, "read", e.strerror or str(e))) from e
        except (zipfile.BadZipFile, RuntimeError, EOFError, ValueError) as e:
            raise SourceError(Failure(ref.label, "archive", f"corrupt member: {e}")) from e
        if len(data) > self.limits.member_bytes:
            raise SourceError(Failure(ref.label, "archive", "size bomb: the member unpacks past its limit"))
        return data

    def _open(self, path: Path) -> zipfile.ZipFile:
        if self._archive is None or self._archive[0] != path:
            self.close()
            self._archive = (path, zipfile.ZipFile(path))
        return self._archive[1]

    def close(self) -> None:
        if self._archive is not None:
            self._archive[1].close()
            self._archive = None
