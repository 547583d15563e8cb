"""What `vanban ingest` reads: folders, zips, and the zip members it refuses."""
from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS
from service.batch.report import Failure
from service.batch.sources import ArchiveLimits, SourceError, SourceReader, find_sources, unsafe_member_name

BULK = sorted((CORPUS / "bulk").glob("*.txt"))


@pytest.mark.parametrize(("name", "unsafe"), [
    ("docs/cv_1313.txt", False),
    ("2024/Quyết định 01.pdf", False),
    ("a..b.txt", False),
    ("../../etc/passwd", True),
    ("docs/../../outside.txt", True),
    ("/etc/passwd", True),
    ("\\windows\\system32\\x.dll", True),
    ("C:/Users/x.txt", True),
    ("docs\\..\\..\\x.txt", True),
])
def test_unsafe_member_names(name: str, unsafe: bool):
    assert unsafe_member_name(name) is unsafe


def _zip(path: Path, members: dict[str, bytes], *, link: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


def test_a_zip_yields_its_documents_and_reports_what_it_refuses(tmp_path: Path):
    doc = BULK[0].read_bytes()
    archive = _zip(tmp_path / "box.zip", {
        "docs/a.txt": doc,
        "docs/.hidden.txt": doc,
        "../evil.txt": doc,
        "bomb.txt": b"0" * (3 * 1024 * 1024),  # compresses about 1000:1
    }, link="docs/link.txt")
    failures: list[Failure] = []
    refs = list(find_sources([tmp_path], ArchiveLimits(), failures))
    assert [r.label for r in refs] == [f"{tmp_path.name}/box.zip!docs/a.txt"]
    assert refs[0].filename == "a.txt"
    assert SourceReader(ArchiveLimits()).read(refs[0]) == doc
    reasons = {f.file.split("!")[1]: (f.stage, f.reason.split(":")[0]) for f in failures}
    assert reasons == {
        "../evil.txt": ("archive", "path traversal"),
        "bomb.txt": ("archive", "size bomb"),
        "docs/link.txt": ("archive", "symbolic link member refused"),
    }


def test_members_over_the_size_limit_and_archives_over_the_total_are_refused(tmp_path: Path):
    _zip(tmp_path / "big.zip", {"a.txt": BULK[0].read_bytes(), "b.txt": BULK[1].read_bytes(),
                                "c.txt": BULK[2].read_bytes()})
    sizes = [len(p.read_bytes()) for p in BULK[:3]]
    failures: list[Failure] = []
    limits = ArchiveLimits(member_bytes=max(sizes), archive_bytes=sizes[0] + sizes[1])
    refs = list(find_sources([tmp_path], limits, failures))
    assert len(refs) == 2 and len(failures) == 1
    assert failures[0].reason.startswith("size bomb: the archive unpacks to more than")
    failures.clear()
    small = ArchiveLimits(member_bytes=len(BULK[0].read_bytes()) - 1)
    list(find_sources([tmp_path / "big.zip"], small, failures))
    assert any(f.file.endswith("!a.txt") and "over the limit" in f.reason for f in failures)


def test_a_member_that_unpacks_past_its_declared_size_is_cut_off(tmp_path: Path):
    archive = _zip(tmp_path / "lying.zip", {"a.txt": BULK[0].read_bytes()})
    [ref] = find_sources([archive], ArchiveLimits(), [])
    with pytest.raises(SourceError) as caught:
        SourceReader(ArchiveLimits(member_bytes=100)).read(ref)
    assert caught.value.failure.stage == "archive"


def test_an_encrypted_member_is_refused(tmp_path: Path):
    archive = _zip(tmp_path / "locked.zip", {"a.txt": BULK[0].read_bytes()})
    data = bytearray(archive.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # general purpose flag, bit 0: encrypted (APPNOTE 4.4.4)
    archive.write_bytes(bytes(data))
    failures: list[Failure] = []
    assert list(find_sources([archive], ArchiveLimits(), failures)) == []
    assert [(f.stage, f.reason) for f in failures] == [("archive", "encrypted member")]


def test_a_corrupt_zip_is_one_failure(tmp_path: Path):
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    failures: list[Failure] = []
    assert list(find_sources([tmp_path], ArchiveLimits(), failures)) == []
    assert [(f.stage, f.reason.split(":")[0]) for f in failures] == [("archive", "cannot open the zip archive")]


def test_folders_are_walked_recursively_in_order_without_hidden_files(tmp_path: Path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for rel in ("b/c/z.txt", "a.txt", "b/y.txt", ".git/x.txt", "b/.DS_Store"):
        (tmp_path / rel).write_bytes(b"x")
    labels = [r.label for r in find_sources([tmp_path], ArchiveLimits(), [])]
    assert labels == [f"{tmp_path.name}/{rel}" for rel in ("a.txt", "b/c/z.txt", "b/y.txt")]
