"""Typesets a sample as a Word document with Heading styles, lists, tables and running lines."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from .model import Bullets, Heading, PageBreak, Paragraph, Sample, Table
from .pdf import FIXED_DATE

_ZIP_DATE = FIXED_DATE.timetuple()[:6]


def render_docx(sample: Sample) -> bytes:
    """The sample as DOCX bytes, identical from one run to the next."""
    document = docx.Document()
    _set_properties(document, sample)
    document.styles["Normal"].font.size = Pt(sample.layout.body_size + 1)
    section = document.sections[0]
    if sample.layout.header:
        section.header.paragraphs[0].text = sample.layout.header
    if sample.layout.footer:
        _footer_with_page_numbers(section.footer.paragraphs[0], sample.layout.footer)
    for block in sample.blocks:
        match block:
            case PageBreak():
                document.add_page_break()
            case Paragraph(text=text, style="title"):
                document.add_heading(text, level=0)
            case Paragraph(text=text, style="center"):
                document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
            case Paragraph(text=text):
                document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            case Heading(level=level, text=text):
                document.add_heading(text, level=level)
            case Bullets(items=items):
                for item in items:
                    document.add_paragraph(item, style="List Bullet")
            case Table(rows=rows):
                table = document.add_table(rows=len(rows), cols=len(rows[0]))
                table.style = "Table Grid"
                for r, cells in enumerate(rows):
                    for c, text in enumerate(cells):
                        cell = table.cell(r, c)
                        cell.text = text
                        if r == 0:
                            cell.paragraphs[0].runs[0].bold = True
                document.add_paragraph()
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_fixed_zip_dates(buffer.getvalue())


def _set_properties(document: DocxDocument, sample: Sample) -> None:
    props = document.core_properties
    props.title = sample.title
    props.author = "contract-assistant samples"
    props.last_modified_by = "contract-assistant samples"
    props.created = props.modified = props.last_printed = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1


def _footer_with_page_numbers(paragraph: DocxParagraph, template: str) -> None:
    # Word computes page numbers itself: {page} and {pages} become PAGE and NUMPAGES fields.
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rest = template
    while rest:
        before, marker, rest = _split_next_field(rest)
        if before:
            paragraph.add_run(before)
        if marker:
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), marker)
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            field.append(run)
            paragraph._p.append(field)


def _split_next_field(text: str) -> tuple[str, str, str]:
    positions = [(text.find(key), key, instr) for key, instr in
                 (("{page}", "PAGE"), ("{pages}", "NUMPAGES")) if key in text]
    if not positions:
        return text, "", ""
    start, key, instr = min(positions)
    return text[:start], instr, text[start + len(key):]


def _with_fixed_zip_dates(data: bytes) -> bytes:
    # python-docx stamps each zip entry with the current time; rewrite them with a fixed one.
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
