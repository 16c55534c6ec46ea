"""Reads contract files (PDF, DOCX, TXT, Markdown) into a normalised ParsedDocument with pages."""
from __future__ import annotations

import hashlib
import io
import logging
import zipfile
from pathlib import Path

from .errors import IngestError
from .language import detect_language
from .models import Page, ParsedDocument
from .normalize import normalize_text, strip_repeated_lines, strip_running_lines

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
_MIN_TEXT_CHARS = 20  # a page with fewer letters than this has no usable text layer

log = logging.getLogger(__name__)


def read_document(path: Path, *, max_mb: float = 50.0, max_pages: int = 1500,
                  ocr: bool = True, ocr_languages: str = "fra+eng") -> ParsedDocument:
    """Read a file from disk; raises IngestError with a one-line reason when it cannot."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(f"{path.name}: file not found")
    return read_bytes(path.read_bytes(), path.name, max_mb=max_mb, max_pages=max_pages,
                      ocr=ocr, ocr_languages=ocr_languages)


def read_bytes(data: bytes, name: str, *, max_mb: float = 50.0, max_pages: int = 1500,
               ocr: bool = True, ocr_languages: str = "fra+eng") -> ParsedDocument:
    """Read an uploaded file's bytes; the suffix of `name` chooses the format."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{name}: unsupported file type '{suffix or 'none'}' "
                          f"(use PDF, DOCX, TXT or MD)")
    if not data.strip():
        raise IngestError(f"{name}: the file is empty")
    if len(data) > max_mb * 1024 * 1024:
        raise IngestError(f"{name}: the file is {len(data) / 1048576:.1f} MB, over the "
                          f"{max_mb:g} MB limit")
    if suffix == ".pdf":
        raw_pages = _pdf_pages(data, name, max_pages, ocr, ocr_languages)
    elif suffix == ".docx":
        raw_pages = [_docx_text(data, name)]
    else:
        raw_pages = _plain_pages(data)
    pages = strip_running_lines([normalize_text(p) for p in raw_pages])
    if len(pages) == 1:
        pages = [strip_repeated_lines(pages[0])]
    if not any(len(p.strip()) >= _MIN_TEXT_CHARS for p in pages):
        raise IngestError(f"{name}: no readable text found in the file")
    text = "\n".join(pages)
    return ParsedDocument(name=name, sha256=hashlib.sha256(data).hexdigest(),
                          pages=tuple(Page(i + 1, t) for i, t in enumerate(pages)),
                          language=detect_language(text))


def _pdf_pages(data: bytes, name: str, max_pages: int, ocr: bool, ocr_languages: str) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%PDF" not in data[:1024]:
        raise IngestError(f"{name}: not a PDF file (the content does not start like a PDF)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # An empty user password only stops casual reading; anything else needs the owner.
            if not reader.decrypt(""):
                raise IngestError(f"{name}: the PDF is password-protected; remove the password "
                                  f"and upload it again")
        count = len(reader.pages)
        if count > max_pages:
            raise IngestError(f"{name}: {count} pages, over the {max_pages}-page limit")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError,
            RecursionError, NotImplementedError) as exc:
        # pypdf reports broken files through many exception types; all mean "unreadable PDF".
        raise IngestError(f"{name}: the PDF is damaged or truncated and cannot be read "
                          f"({type(exc).__name__})") from exc
    if not pages:
        raise IngestError(f"{name}: the PDF has no pages")
    blank = [i for i, text in enumerate(pages) if len(text.strip()) < _MIN_TEXT_CHARS]
    if blank and len(blank) >= len(pages) / 2:
        from .ocr import ocr_pdf_pages

        if not ocr:
            raise IngestError(f"{name}: the PDF has no text layer (scanned); OCR is turned off")
        for i, text in zip(blank, ocr_pdf_pages(data, blank, name, ocr_languages), strict=True):
            pages[i] = text
    return pages


def _docx_text(data: bytes, name: str) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(f"{name}: not a DOCX file (a DOCX is a zip package; this one is not)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise IngestError(f"{name}: the DOCX is damaged or is not a Word document") from exc
    lines: list[str] = []
    body = document.element.body
    # Walk the body in order so tables (SLA grids) stay where they are in the contract.
    for block in body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(node.text or "" for node in block.iter() if node.tag.endswith("}t"))
            lines.append(text)
        elif tag == "tbl":
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iterchildren():
                        if cell.tag.endswith("}tc"):
                            cells.append(" ".join(
                                (n.text or "") for n in cell.iter() if n.tag.endswith("}t")))
                    lines.append(" | ".join(c.strip() for c in cells))
            lines.append("")
    return "\n".join(lines)


def _plain_pages(data: bytes) -> list[str]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    # A form feed is how plain-text exports mark page breaks.
    return text.split("\f")
