"""Reads contract files (PDF, DOCX, TXT, Markdown) into a normalised ParsedDocument with pages."""
from __future__ import annotations

import hashlib
import io
import logging
import re
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import IngestError, OcrRequiredError
from assistant.models import Page, ParsedDocument

from .docx_package import check_docx_package
from .language import detect_language
from .normalize import normalize_text, strip_repeated_lines, strip_running_lines

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
_MIN_TEXT_CHARS = 20  # a page with fewer letters than this has no usable text layer
_MB = 1024 * 1024
_DOCX_EXPANSION = 4  # a DOCX may unzip to this many times the size limit (XML compresses well)
# What pypdf logs when it patches over a broken page: garbled or missing text would follow.
_PAGE_DAMAGE = re.compile(r"Error\(|Error -?\d|not defined|incomplete|truncated|"
                          r"are not a (?:dictionary|stream)|Invalid stream")

log = logging.getLogger(__name__)


def read_document(path: Path, *, max_mb: float = 50.0, max_pages: int = 1500,
                  ocr: bool = True, ocr_languages: str = "fra+eng") -> ParsedDocument:
    """Read a file from disk; raises IngestError with a one-line reason when it cannot."""
    path = Path(path)
    return read_bytes(read_file_bytes(path, max_mb), path.name, max_mb=max_mb,
                      max_pages=max_pages, ocr=ocr, ocr_languages=ocr_languages)


def read_file_bytes(path: Path, max_mb: float = 50.0) -> bytes:
    """A file's bytes, refused from its size alone so an oversized file is never loaded."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(f"{path.name}: file not found")
    size = path.stat().st_size
    if size > max_mb * _MB:
        raise IngestError(_too_large(path.name, size, max_mb))
    return path.read_bytes()


def read_bytes(data: bytes, name: str, *, max_mb: float = 50.0, max_pages: int = 1500,
               ocr: bool = True, ocr_languages: str = "fra+eng") -> ParsedDocument:
    """Read an uploaded file's bytes; the suffix of `name` chooses the format."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{name}: unsupported file type '{suffix or 'none'}' "
                          f"(use PDF, DOCX, TXT or MD)")
    if not data.strip():
        raise IngestError(f"{name}: the file is empty")
    if len(data) > max_mb * _MB:
        raise IngestError(_too_large(name, len(data), max_mb))
    if suffix == ".pdf":
        raw_pages = _pdf_pages(data, name, max_pages, ocr, ocr_languages)
    elif suffix == ".docx":
        raw_pages = [_docx_text(data, name, max_mb)]
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


def _too_large(name: str, size: int, max_mb: float) -> str:
    return f"{name}: the file is {size / _MB:.1f} MB, over the {max_mb:g} MB limit"


def _pdf_pages(data: bytes, name: str, max_pages: int, ocr: bool, ocr_languages: str) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    if b"%PDF" not in data[:1024]:
        raise IngestError(f"{name}: not a PDF file (the content does not start like a PDF)")
    repairs = _pypdf_repairs()
    try:
        reader = PdfReader(io.BytesIO(data))
        # An empty user password only stops casual reading; anything else needs the owner.
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(f"{name}: the PDF is password-protected; remove the password "
                              f"and upload it again")
        count = len(reader.pages)
        if count > max_pages:
            raise IngestError(f"{name}: {count} pages, over the {max_pages}-page limit")
        pages = []
        for number, page in enumerate(reader.pages, start=1):
            with repairs.collecting() as complaints:
                pages.append(page.extract_text() or "")
            if any(_PAGE_DAMAGE.search(message) for message in complaints):
                # pypdf patches over the damage and returns partial or garbled text: refuse it
                # rather than check a contract whose clauses may be missing.
                raise IngestError(f"{name}: the PDF is damaged (page {number} cannot be read "
                                  f"reliably); export or download it again")
        image_pages = {i for i, page in enumerate(reader.pages) if _has_images(page)}
    except IngestError:
        raise
    except DependencyError as exc:
        raise IngestError(f"{name}: the PDF is encrypted with AES, which needs the "
                          f"'cryptography' package (pip install cryptography)") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError,
            RecursionError, NotImplementedError) as exc:
        # pypdf reports broken files through many exception types; all mean "unreadable PDF".
        raise IngestError(f"{name}: the PDF is damaged or truncated and cannot be read "
                          f"({type(exc).__name__})") from exc
    if not pages:
        raise IngestError(f"{name}: the PDF has no pages")
    blank = [i for i, text in enumerate(pages) if len(text.strip()) < _MIN_TEXT_CHARS]
    if len(blank) >= len(pages) / 2:
        scanned = blank  # a scan: every page without text
    else:
        # Scanned pages inside a text PDF (a signed annex, an SLA grid) would be lost silently.
        scanned = [i for i in blank if i in image_pages] if ocr else []
    if not scanned:
        return pages
    if not ocr:
        raise IngestError(f"{name}: the PDF has no text layer (scanned); OCR is turned off")
    from .ocr import ocr_available, ocr_pdf_pages

    if not ocr_available():
        where = ("the PDF has no text layer" if len(scanned) == len(pages) else
                 f"page(s) {', '.join(str(i + 1) for i in scanned)} have no text layer")
        raise OcrRequiredError(f"{name}: {where} (scanned); OCR is needed - install "
                               f"tesseract-ocr and tesseract-ocr-fra")
    for i, text in zip(scanned, ocr_pdf_pages(data, scanned, name, ocr_languages), strict=True):
        pages[i] = text
    return pages


def _has_images(page) -> bool:
    """Whether a page draws an image or a form (what a scanner produces), without decoding it."""
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if isinstance(resources, dict) else None
    xobjects = xobjects.get_object() if xobjects is not None else None
    if not isinstance(xobjects, dict):
        return False
    return any(x.get_object().get("/Subtype") in ("/Image", "/Form") for x in xobjects.values())


class _RepairLog(logging.Handler):
    """Catches what pypdf logs in the reading thread: its silent repairs are how damage shows."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        messages = getattr(self._local, "messages", None)
        if messages is not None:
            messages.append(record.getMessage())
        log.debug("pypdf: %s", record.getMessage())

    @contextmanager
    def collecting(self) -> Iterator[list[str]]:
        self._local.messages = messages = []
        try:
            yield messages
        finally:
            self._local.messages = None


_repair_log = _RepairLog()
_repair_log_lock = threading.Lock()


def _pypdf_repairs() -> _RepairLog:
    """Route pypdf's log to the damage check; its warnings become our one-line errors instead."""
    logger = logging.getLogger("pypdf")
    with _repair_log_lock:
        if _repair_log not in logger.handlers:
            logger.addHandler(_repair_log)
            logger.setLevel(logging.WARNING)
            logger.propagate = False  # a CLI user sees "damaged", not pypdf's internals
    return _repair_log


def _docx_text(data: bytes, name: str, max_mb: float = 50.0) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    check_docx_package(data, name, max_mb * _DOCX_EXPANSION)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError,
            zipfile.BadZipFile, LxmlError) as exc:
        # python-docx reports odd packages through many exception types (an empty
        # [Content_Types].xml gives AttributeError): all mean "not a readable Word document".
        raise IngestError(f"{name}: the DOCX is damaged or is not a Word document") from exc
    lines: list[str] = []
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
