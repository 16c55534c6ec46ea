"""Vets a DOCX's zip package before python-docx parses it: sizes, compression, parts, DTDs."""
from __future__ import annotations

import io
import zipfile

from assistant.errors import IngestError

_MB = 1024 * 1024
# Word's XML parts compress 5-20x; a part that expands hundreds of times is built to blow up.
MAX_RATIO = 200
_RATIO_FLOOR = _MB  # small parts may compress very well (a blank header): ratio not meaningful
_WORD_MAIN_TYPES = (b"wordprocessingml.document.main+xml", b"document.macroEnabled.main+xml",
                    b"wordprocessingml.template.main+xml",
                    b"template.macroEnabledTemplate.main+xml")
_CHUNK = 64 * 1024


def check_docx_package(data: bytes, name: str, max_expanded_mb: float) -> None:
    """Raise IngestError (one line) unless the package is a plausible, safe Word document.

    Sizes are the ones the zip declares: Python's zipfile never inflates a member past its
    declared size (a lie fails its CRC check), so they bound what parsing can allocate.
    """
    damaged = f"{name}: the DOCX is damaged or is not a Word document"
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(f"{name}: not a DOCX file (a DOCX is a zip package; this one is not)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            _check_sizes(members, name, max_expanded_mb)
            names = {m.filename for m in members}
            if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
                raise IngestError(f"{damaged} (required parts are missing)")
            if not any(t in package.read("[Content_Types].xml") for t in _WORD_MAIN_TYPES):
                raise IngestError(f"{damaged} (its content types name no Word document)")
            for member in members:
                if member.filename.endswith((".xml", ".rels")) and _declares_dtd(package, member):
                    # Office files never carry a DTD; entity declarations are how XML bombs work.
                    raise IngestError(f"{damaged} ({member.filename} declares XML entities)")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError,
            EOFError) as exc:
        raise IngestError(damaged) from exc


def _check_sizes(members: list[zipfile.ZipInfo], name: str, max_expanded_mb: float) -> None:
    for member in members:
        if member.file_size > _RATIO_FLOOR and \
                member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise IngestError(f"{name}: the DOCX looks like a zip bomb ({member.filename} "
                              f"expands {member.file_size // max(member.compress_size, 1)} times)")
    expanded = sum(m.file_size for m in members)
    if expanded > max_expanded_mb * _MB:
        # A small file that unzips to gigabytes would exhaust memory before any page limit.
        raise IngestError(f"{name}: the DOCX unzips to {expanded / _MB:.0f} MB, over the "
                          f"{max_expanded_mb:g} MB limit")


def _declares_dtd(package: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Whether the part holds a DOCTYPE or ENTITY declaration, read in bounded pieces."""
    tail = b""
    with package.open(member) as stream:
        while piece := stream.read(_CHUNK):
            window = (tail + piece).upper()
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                return True
            tail = piece[-16:]
    return False
