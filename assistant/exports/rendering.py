"""Draws one PDF page as a PNG with the quoted evidence highlighted, for "Show in document"."""
from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

HIGHLIGHT_FILL = (255, 214, 0, 96)  # translucent yellow, the marker-pen colour readers expect
HIGHLIGHT_EDGE = (230, 150, 0, 200)
MIN_FRAGMENT_WORDS = 4  # shorter pieces match too many places to be worth highlighting


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF points: origin at the bottom left of the page."""

    left: float
    bottom: float
    right: float
    top: float


@dataclass(frozen=True)
class RenderedPage:
    """A page image and how many of the requested quotes were found on it."""

    png: bytes
    page: int
    pages: int
    found: int
    width: int
    height: int


def page_count(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def find_boxes(path: Path, page: int, quote: str) -> list[Box]:
    """Where `quote` sits on page `page` (numbered from 1); empty when it is not there."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return _boxes_on(_page(pdf, page), quote)
    finally:
        pdf.close()


def render_page(path: Path, page: int, quotes: Sequence[str] = (),
                scale: float = 1.6) -> RenderedPage:
    """Page `page` of the PDF at `path` as PNG bytes, each quote under a translucent marker."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        pdf_page = _page(pdf, page)
        height = pdf_page.get_height()
        found = 0
        boxes: list[Box] = []
        for quote in quotes:
            located = _boxes_on(pdf_page, quote)
            found += bool(located)
            boxes.extend(located)
        image = pdf_page.render(scale=scale).to_pil().convert("RGBA")
        pages = len(pdf)
    finally:
        pdf.close()
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for box in boxes:
        # PDF y grows upwards, image y downwards; pad a little so the marker covers ascenders.
        draw.rectangle((box.left * scale - 2, (height - box.top) * scale - 2,
                        box.right * scale + 2, (height - box.bottom) * scale + 2),
                       fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_EDGE)
    out = io.BytesIO()
    Image.alpha_composite(image, overlay).convert("RGB").save(out, format="PNG", optimize=True)
    return RenderedPage(out.getvalue(), page, pages, found, image.width, image.height)


def _page(pdf: pdfium.PdfDocument, page: int) -> pdfium.PdfPage:
    if not 1 <= page <= len(pdf):
        raise ValueError(f"page {page} is outside the document (1-{len(pdf)})")
    return pdf[page - 1]


def _boxes_on(page: pdfium.PdfPage, quote: str) -> list[Box]:
    """Boxes of the quote, or of the pieces of it found on the page when it is not there whole.

    The indexed text was normalised (hyphenation, spaces, headers removed), so a long quote may
    not match the page verbatim; its sentences, then runs of words, usually still do.
    """
    textpage = page.get_textpage()
    try:
        for pieces in _candidates(quote):
            spans = [span for piece in pieces if (span := _search(textpage, piece))]
            if spans:
                return [box for start, count in spans for box in _rects(textpage, start, count)]
        return []
    finally:
        textpage.close()


def _candidates(quote: str) -> list[list[str]]:
    text = " ".join(quote.split())
    if not text:
        return []
    sentences = [s for s in re.split(r"(?<=[.;:!?])\s+", text) if s]
    words = text.split()
    runs = [" ".join(words[i:i + 8]) for i in range(0, len(words), 8)]
    return [[text], sentences, [r for r in runs if len(r.split()) >= MIN_FRAGMENT_WORDS]]


def _search(textpage: pdfium.PdfTextPage, text: str) -> tuple[int, int] | None:
    searcher = textpage.search(text, match_case=False)
    try:
        return searcher.get_next()
    finally:
        searcher.close()


def _rects(textpage: pdfium.PdfTextPage, start: int, count: int) -> list[Box]:
    return [Box(*textpage.get_rect(i)) for i in range(textpage.count_rects(start, count))]
