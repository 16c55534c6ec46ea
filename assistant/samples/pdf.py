"""Typesets a sample as a text PDF, or as a scanned-like PDF made only of page images."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFont

from ..errors import ConfigurationError
from .model import Block, Bullets, Heading, Layout, PageBreak, Paragraph, Sample, Table

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# A fixed date makes two runs produce byte-identical files.
FIXED_DATE = datetime(2024, 11, 18, 9, 0, 0, tzinfo=UTC)
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


def _measure(pdf: _ContractPdf) -> Callable[[str], float]:
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
    for word in _glued_words(text):
        w = width_of(word)
        if current and used + space + w > max_width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used = used + space + w if current else w
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines or [""]


_GLUE_TO_NEXT = {"«", "n°", "L."}
_GLUE_TO_PREVIOUS = "»:;?!%€"  # a word starting with one of these stays on the previous line
_THOUSANDS = re.compile(r"\d{3}\)?")


def _glued_words(text: str) -> list[str]:
    # French typography puts a space inside « », before : ; % € and between thousands
    # ("480 000"), but a line never breaks there.
    words: list[str] = []
    for word in text.split():
        thousands = _THOUSANDS.fullmatch(word) and words and words[-1][-1:].isdigit()
        if words and (thousands or word[0] in _GLUE_TO_PREVIOUS or words[-1] in _GLUE_TO_NEXT):
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    return words


def _column_widths(rows: tuple[tuple[str, ...], ...]) -> tuple[float, ...]:
    # Wider columns for longer texts, with a floor so short figures stay readable.
    longest = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return tuple(min(n, 70) + 10 for n in longest)


# ---- scanned-like PDF -----------------------------------------------------------------------

_SCAN_DPI = 150
_PAGE_PX = (1240, 1754)  # A4 at 150 dpi
_MARGIN_PX = 150
_PAPER, _INK = 248, 25


class _ScanLine(NamedTuple):
    text: str
    font: ImageFont.FreeTypeFont
    space_after: int = 0
    centered: bool = False


def render_scan(sample: Sample) -> bytes:
    """The sample as page images only (no text layer), like a photocopied contract."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(sample.title)
    pdf.set_author("contract-assistant samples")
    for image in _scan_pages(sample):
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _scan_pages(sample: Sample) -> list[Image.Image]:
    body_px = round(sample.layout.body_size * 1.1 * _SCAN_DPI / 72)
    serif = _FONT_FILES["serif"]
    regular = ImageFont.truetype(str(font_path(serif[""])), body_px)
    bold = ImageFont.truetype(str(font_path(serif["B"])), body_px + 4)
    small = ImageFont.truetype(str(font_path(serif[""])), body_px - 6)
    line_px = int(body_px * 1.45)
    pages = _paginate(_scan_lines(sample, regular, bold), line_px)
    images = []
    for number, page_lines in enumerate(pages, start=1):
        image = Image.new("L", _PAGE_PX, _PAPER)
        draw = ImageDraw.Draw(image)
        y = _MARGIN_PX
        for line in page_lines:
            x = (_PAGE_PX[0] - line.font.getlength(line.text)) / 2 if line.centered else _MARGIN_PX
            draw.text((x, y), line.text, font=line.font, fill=_INK)
            y += line_px + line.space_after
        footer = sample.layout.footer.format(page=number, pages=len(pages))
        draw.text((_PAGE_PX[0] // 2, _PAGE_PX[1] - _MARGIN_PX + 40), footer, font=small,
                  fill=60, anchor="mm")
        # A slight skew, as from a sheet fed a little crooked into the scanner.
        images.append(image.rotate(0.4, resample=Image.Resampling.BICUBIC, fillcolor=_PAPER))
    return images


def _scan_lines(sample: Sample, regular: ImageFont.FreeTypeFont,
                bold: ImageFont.FreeTypeFont) -> list[_ScanLine]:
    width = _PAGE_PX[0] - 2 * _MARGIN_PX
    lines: list[_ScanLine] = []
    for block in sample.blocks:
        match block:
            case Heading(text=text):
                lines += [_ScanLine("", regular), _ScanLine(text, bold, space_after=8)]
            case Paragraph(text=text, style=style):
                font = bold if style == "title" else regular
                lines += [_ScanLine(piece, font, centered=style != "body")
                          for piece in wrap_words(text, font.getlength, width)]
                lines.append(_ScanLine("", regular))
            case Bullets(items=items):
                for item in items:
                    pieces = wrap_words(item, regular.getlength, width - 40)
                    lines += [_ScanLine(("• " if i == 0 else "   ") + piece, regular)
                              for i, piece in enumerate(pieces)]
            case Table(rows=rows):
                lines += [_ScanLine(" | ".join(row), regular) for row in rows]
    return lines


def _paginate(lines: list[_ScanLine], line_px: int) -> list[list[_ScanLine]]:
    usable = _PAGE_PX[1] - 2 * _MARGIN_PX - 60
    pages: list[list[_ScanLine]] = [[]]
    height = 0
    for line in lines:
        step = line_px + line.space_after
        if height + step > usable and pages[-1]:
            pages.append([])
            height = 0
        pages[-1].append(line)
        height += step
    return pages
