"""Typesets a sample as a PDF with a text layer, or as a scanned-like PDF made only of page images."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from ..errors import ConfigurationError
from .model import Block, Bullets, Heading, Layout, PageBreak, Paragraph, Sample, Table

if TYPE_CHECKING:
    from PIL import Image

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# A fixed date makes two runs produce byte-identical files.
FIXED_DATE = datetime(2024, 11, 18, 9, 0, 0, tzinfo=timezone.utc)
# Regular and bold only: each TTF costs about 0.2 s to load, so no italic.
_FONT_FILES = {
    "sans": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"},
    "serif": {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf"},
}


def font_path(name: str) -> Path:
    """Path of a DejaVu TTF file; the PDFs need it for accents and the euro sign."""
    path = FONT_DIR / name
    if not path.is_file():
        raise ConfigurationError(f"font {path} not found: install the fonts-dejavu-core package")
    return path


class _ContractPdf(FPDF):
    """An A4 page with the sample's running header and footer."""

    def __init__(self, layout: Layout) -> None:
        super().__init__(format="A4")
        self.layout = layout
        for style, name in _FONT_FILES[layout.typeface].items():
            self.add_font("Body", style, str(font_path(name)))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED_DATE)
        self.word_widths: dict[tuple[str, float], dict[str, float]] = {}

    def header(self) -> None:
        if self.layout.header:
            self.set_font("Body", "", 7.5)
            self.set_text_color(90)
            self.cell(0, 5, self.layout.header, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0)
            self.ln(4)

    def footer(self) -> None:
        if self.layout.footer:
            self.set_y(-15)
            self.set_font("Body", "", 7.5)
            self.set_text_color(90)
            self.cell(0, 6, self.layout.footer.format(page=self.page_no(), pages="{nb}"),
                      align="C")
            self.set_text_color(0)


def render_pdf(sample: Sample) -> bytes:
    """The sample as a text PDF, with headings, lists and tables typeset."""
    pdf = _ContractPdf(sample.layout)
    pdf.set_title(sample.title)
    pdf.set_author("contract-assistant samples")
    pdf.add_page()
    for block in sample.blocks:
        _draw(pdf, block)
    return bytes(pdf.output())


def _draw(pdf: _ContractPdf, block: Block) -> None:
    size = pdf.layout.body_size
    line = size * 0.5
    match block:
        case PageBreak():
            pdf.add_page()
        case Paragraph(text=text, style="title"):
            pdf.set_font("Body", "B", size + 5)
            _lines(pdf, text, line * 1.6, align="C")
            pdf.ln(line)
        case Paragraph(text=text, style="center"):
            pdf.set_font("Body", "", size)
            _lines(pdf, text, line, align="C")
            pdf.ln(line * 0.6)
        case Paragraph(text=text):
            pdf.set_font("Body", "", size)
            _lines(pdf, text, line)
            pdf.ln(line * 0.5)
        case Heading(level=level, text=text):
            # Keep a heading with the first lines of its text rather than alone at a page foot.
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            pdf.ln(line * (0.8 if level == 1 else 0.3))
            pdf.set_font("Body", "B", size + (1.5 if level == 1 else 0.5))
            centered = pdf.layout.center_headings and level == 1
            _lines(pdf, text, line * 1.2, align="C" if centered else "L")
            pdf.ln(line * 0.4)
        case Bullets(items=items):
            pdf.set_font("Body", "", size)
            for item in items:
                pdf.set_x(pdf.l_margin + 4)
                pdf.cell(5, line, "•")
                _lines(pdf, item, line)
                pdf.ln(line * 0.2)
            pdf.ln(line * 0.4)
        case Table(rows=rows):
            pdf.set_font("Body", "", size - 1)
            with pdf.table(col_widths=_column_widths(rows), text_align="LEFT",
                           line_height=line * 1.1, padding=1.2) as table:
                for cells in rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.ln(line)


def _lines(pdf: _ContractPdf, text: str, height: float, align: str = "L") -> None:
    """Draw text as wrapped lines starting at the current x, ragged right.

    fpdf2's own multi_cell re-measures the whole line for every character, which made a
    13-page contract take two seconds; measuring each word once keeps generation fast.
    """
    left = pdf.get_x()
    width = pdf.w - pdf.r_margin - left
    for piece in wrap_words(text, _measure(pdf), width - 1):
        pdf.set_x(left)
        pdf.cell(width, height, piece, align=align, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin)


def _measure(pdf: _ContractPdf):
    cache = pdf.word_widths.setdefault((pdf.font_style, pdf.font_size_pt), {})

    def width(word: str) -> float:
        if word not in cache:
            cache[word] = pdf.get_string_width(word)
        return cache[word]
    return width


def wrap_words(text: str, width_of, max_width: float) -> list[str]:
    """Greedy word wrap: the longest run of words per line whose measured width fits."""
    space = width_of(" ")
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        w = width_of(word)
        if current and used + space + w > max_width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used = used + space + w if current else w
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines or [""]


def _column_widths(rows: tuple[tuple[str, ...], ...]) -> tuple[float, ...]:
    # Wider columns for longer texts, with a floor so short figures stay readable.
    longest = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return tuple(min(n, 70) + 10 for n in longest)


# ---- scanned-like PDF -----------------------------------------------------------------------

_SCAN_DPI = 150
_PAGE_PX = (1240, 1754)  # A4 at 150 dpi
_MARGIN_PX = 150


def render_scan(sample: Sample) -> bytes:
    """The sample as page images only (no text layer), like a photocopied contract."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(sample.title)
    pdf.set_author("contract-assistant samples")
    images = _scan_pages(sample)
    for image in images:
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _scan_pages(sample: Sample) -> list["Image.Image"]:
    from PIL import Image, ImageDraw, ImageFont

    body_px = round(sample.layout.body_size * 1.1 * _SCAN_DPI / 72)
    regular = ImageFont.truetype(str(font_path(_FONT_FILES["serif"][""])), body_px)
    bold = ImageFont.truetype(str(font_path(_FONT_FILES["serif"]["B"])), body_px + 4)
    small = ImageFont.truetype(str(font_path(_FONT_FILES["serif"][""])), body_px - 6)
    width = _PAGE_PX[0] - 2 * _MARGIN_PX
    lines: list[tuple[str, object, int]] = []  # text, font, space after in pixels
    for block in sample.blocks:
        match block:
            case Heading(text=text):
                lines.append(("", regular, 0))
                lines.append((text, bold, 8))
            case Paragraph(text=text):
                font = bold if block.style == "title" else regular
                lines.extend((piece, font, 0) for piece in wrap_words(text, font.getlength, width))
                lines.append(("", regular, 0))
            case Bullets(items=items):
                for item in items:
                    pieces = wrap_words(item, regular.getlength, width - 40)
                    lines.extend((("• " if i == 0 else "   ") + piece, regular, 0)
                                 for i, piece in enumerate(pieces))
            case Table(rows=rows):
                lines.extend((" | ".join(row), regular, 0) for row in rows)
    pages, page = [], []
    usable = _PAGE_PX[1] - 2 * _MARGIN_PX - 60
    height = 0
    for text, font, after in lines:
        step = int(body_px * 1.45) + after
        if height + step > usable and page:
            pages.append(page)
            page, height = [], 0
        page.append((text, font, after))
        height += step
    if page:
        pages.append(page)
    images = []
    for number, page_lines in enumerate(pages, start=1):
        image = Image.new("L", _PAGE_PX, 248)
        draw = ImageDraw.Draw(image)
        y = _MARGIN_PX
        for text, font, after in page_lines:
            draw.text((_MARGIN_PX, y), text, font=font, fill=25)
            y += int(body_px * 1.45) + after
        footer = sample.layout.footer.format(page=number, pages=len(pages))
        draw.text((_PAGE_PX[0] // 2, _PAGE_PX[1] - _MARGIN_PX + 40), footer, font=small,
                  fill=60, anchor="mm")
        # A slight skew, as from a sheet fed a little crooked into the scanner.
        images.append(image.rotate(0.4, resample=Image.Resampling.BICUBIC, fillcolor=248))
    return images
