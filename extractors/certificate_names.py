"""A signer's name spelt as the digital signature's certificate spells it.

A signer's name under a seal or a signature stroke is OCR'd with wrong tone marks
("Nguyên" for Nguyễn, "Hã" for Hà). When the PDF's digital signature was made with a
personal certificate, its Common Name is the signer's name as the CA registered it.
Where that name and the name read from the page have the same letters, tone marks and
case aside, the certificate's spelling is taken, and a warning says so. A certificate
of an office ("Ủy ban nhân dân tỉnh …") never has a person's letters, so it changes
nothing.
"""
from __future__ import annotations

import re

from extractors.data.tones import strip_marks
from models.extraction import Extraction, LoadMeta

_COMMON_NAME = re.compile(r"(?:^|[,;]\s*)Common Name:\s*([^,;]+)")


def _bare(name: str) -> str:
    """Letters only, tone marks and case dropped (đ as d), words single-spaced."""
    return " ".join(strip_marks(name).casefold().split())


def certificate_names(meta: LoadMeta | None) -> list[str]:
    """The Common Names of the certificates that signed the file."""
    fields = meta.signature.fields if meta and meta.signature else []
    return [m[1].strip() for f in fields for m in [_COMMON_NAME.search(f.subject)] if m]


def spell_signers(ex: Extraction, meta: LoadMeta | None) -> list[str]:
    """Give each signer whose name loosely matches a certificate's Common Name that
    spelling; one warning per name changed."""
    names = {_bare(n): n for n in certificate_names(meta)}
    warnings: list[str] = []
    for signer in [ex.signer, *ex.signers]:
        if signer is None or not signer.name:
            continue
        spelt = names.get(_bare(signer.name))
        if spelt and spelt != signer.name:
            warnings.append(f"signer's name {signer.name!r} spelt {spelt!r} as in the digital signature's certificate")
            signer.name = spelt
    return list(dict.fromkeys(warnings))
