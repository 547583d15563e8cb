"""The digital signatures embedded in a PDF (PAdES / CMS), read with pyHanko.

For each signature field: the signer's certificate subject and issuer, the signing
time the signer states, whether the signed byte ranges still hash to the digest that
was signed (the file was not changed after signing), whether the signature over that
digest checks against the certificate's key, and how much of the file it covers.
Whether the certificate chains to a trusted root is NOT checked: the national CA's
roots (Ban Cơ yếu Chính phủ, the licensed CAs) are not available here, so every field
says `trust="not checked"` instead of claiming the signature valid.
"""
from __future__ import annotations

import io
import logging

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel

from models.extraction import SignatureField

_COVERAGE = {
    SignatureCoverageLevel.ENTIRE_FILE: "entire file",
    SignatureCoverageLevel.ENTIRE_REVISION: "entire revision",
}
# pyHanko logs every lenient repair of a damaged xref; the loader's warnings say enough.
logging.getLogger("pyhanko").setLevel(logging.ERROR)


def _field(sig: EmbeddedPdfSignature) -> SignatureField:
    cert = sig.signer_cert
    intact, valid = validate_sig_integrity(sig.signer_info, cert, "data", sig.compute_digest())
    return SignatureField(
        field=sig.field_name,
        subject=cert.subject.human_friendly,
        issuer=cert.issuer.human_friendly,
        signing_time=sig.self_reported_timestamp,
        intact=intact,
        signature_valid=valid,
        coverage=_COVERAGE.get(sig.evaluate_signature_coverage(), "partial"),
    )


def read_signatures(data: bytes) -> tuple[list[SignatureField], list[str]]:
    """The signature fields of a PDF, and warnings for those that could not be read
    (a file without signatures gives two empty lists)."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = reader.embedded_signatures
    except Exception as e:  # pyHanko's PdfReadError and friends: the loader reports damage itself
        return [], [f"digital signatures not read: {type(e).__name__}: {e}"]
    fields: list[SignatureField] = []
    warnings: list[str] = []
    for sig in embedded:
        try:
            fields.append(_field(sig))
        except Exception as e:  # a malformed CMS blob in one field: say so, read the others
            warnings.append(f"digital signature {sig.field_name} not readable: {type(e).__name__}: {e}")
    for f in fields:
        if not f.intact:
            warnings.append(f"digital signature {f.field}: the file was changed after it was signed")
    return fields, warnings
