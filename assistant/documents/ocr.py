"""Optical character recognition for PDF pages without a text layer (Tesseract, when installed)."""
from __future__ import annotations

import io
import shutil

from assistant.errors import OcrRequiredError

_RENDER_SCALE = 300 / 72  # 300 dpi: Tesseract's accuracy drops quickly below ~200 dpi


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pdf_pages(data: bytes, page_indexes: list[int], name: str, languages: str) -> list[str]:
    """Render the given pages and read their text; OcrRequiredError if Tesseract is missing."""
    if not ocr_available():
        raise OcrRequiredError(f"{name}: the PDF has no text layer (scanned); OCR is needed - "
                               f"install tesseract-ocr and tesseract-ocr-fra")
    import pypdfium2 as pdfium
    import pytesseract

    usable = _installed_languages(languages)
    pdf = pdfium.PdfDocument(io.BytesIO(data))
    texts = []
    try:
        for index in page_indexes:
            image = pdf[index].render(scale=_RENDER_SCALE).to_pil()
            texts.append(pytesseract.image_to_string(image, lang=usable))
    finally:
        pdf.close()
    return texts


def _installed_languages(wanted: str) -> str:
    import pytesseract

    have = set(pytesseract.get_languages(config=""))
    chosen = [lang for lang in wanted.split("+") if lang in have]
    return "+".join(chosen) or "eng"
