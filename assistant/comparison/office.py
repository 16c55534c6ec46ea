"""A comparison as a Word document (redline in strike-through and underline) or a PDF."""
from __future__ import annotations

import io
from datetime import UTC, date, datetime

from assistant.exports.report import FONT_DIR, docx_table

from . import wording
from .model import Comparison, Segment
from .render import (
    article_title,
    article_where,
    changed_articles,
    changed_items,
    meta_rows,
    quote_pairs,
    quoted,
    short,
    squash,
    title,
    where,
)

# The usual reading: red for worse and deleted text, green for better, blue for inserted text.
VERDICT_COLOURS = {"worse": (192, 41, 43), "better": (30, 132, 73), "changed": (211, 110, 0),
                   "same": (110, 110, 110)}
DELETED = (192, 41, 43)
INSERTED = (20, 80, 170)
GREY = (90, 90, 90)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


# -- DOCX ---------------------------------------------------------------------------------------
def to_docx(comparison: Comparison, today: date | None = None) -> bytes:
    """Summary, items, changed items with both quotes, and each edited article as a redline."""
    import docx
    from docx.shared import Pt, RGBColor

    lang = comparison.language
    today = today or date.today()
    colon = wording.say(lang, "colon")
    document = docx.Document()
    document.core_properties.title = title(comparison)
    document.core_properties.created = _midnight(today).replace(tzinfo=None)
    document.add_heading(title(comparison), level=1)

    def table(header: list[str] | None, rows: list[list[str]]):
        return docx_table(document, header, rows)

    table(None, [[k, v] for k, v in meta_rows(comparison, today)])
    document.add_heading(wording.say(lang, "summary"), level=2)
    if not comparison.summary:
        document.add_paragraph(wording.say(lang, "no_change"))
    for line in comparison.summary:
        paragraph = document.add_paragraph(style="List Bullet")
        run = paragraph.add_run(wording.verdict(line.verdict, lang))
        run.bold = True
        run.font.color.rgb = RGBColor(*VERDICT_COLOURS[line.verdict])
        paragraph.add_run(f" — {line.label}{colon} {line.reason}")

    old_label = "model" if comparison.mode == "corpus" else "old"
    document.add_heading(wording.say(lang, "items"), level=2)
    grid = table([wording.say(lang, "item"), wording.say(lang, old_label),
                  wording.say(lang, "new"), wording.say(lang, "verdict")],
                 [[i.label, wording.status(i.old_status, lang), wording.status(i.new_status, lang),
                   wording.verdict(i.verdict, lang)] for i in comparison.items])
    for row, item in zip(grid.rows[1:], comparison.items, strict=True):
        for run in row.cells[3].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(*VERDICT_COLOURS[item.verdict])

    items = changed_items(comparison)
    if items:
        document.add_heading(wording.say(lang, "details"), level=2)
    for item in items:
        heading = document.add_heading(f"{item.label} — {wording.verdict(item.verdict, lang)}",
                                       level=3)
        for run in heading.runs:
            run.font.color.rgb = RGBColor(*VERDICT_COLOURS[item.verdict])
        for reason in item.reasons:
            document.add_paragraph(reason, style="List Bullet")
        if item.changes:
            table([wording.say(lang, "field"), wording.say(lang, "before"),
                   wording.say(lang, "after")],
                  [[c.label, c.old or "—", c.new or "—"] for c in item.changes])
            document.add_paragraph()
        pairs = quote_pairs(item)
        quotes = table([wording.say(lang, "old_quotes" if old_label == "old" else "model"),
                        wording.say(lang, "new_quotes")], [["", ""] for _ in pairs])
        for row, pair in zip(quotes.rows[1:], pairs, strict=True):
            for cell, evidence in zip(row.cells, pair, strict=True):
                _docx_quote(cell, evidence, lang, Pt)

    articles = changed_articles(comparison)
    if articles:
        document.add_heading(wording.say(lang, "articles"), level=2)
        document.add_paragraph(wording.say(lang, "legend")).runs[0].italic = True
    for article in articles:
        document.add_heading(f"{article_title(article, lang)} — "
                             f"{wording.change(article.change, lang)}", level=3)
        document.add_paragraph(article_where(article, lang)).runs[0].font.size = Pt(8)
        paragraph = document.add_paragraph()
        for segment in short(article.segments):
            run = paragraph.add_run(squash(segment.text) + " ")
            if segment.op == "-":
                run.font.strike = True
                run.font.color.rgb = RGBColor(*DELETED)
            elif segment.op == "+":
                run.font.underline = True
                run.font.color.rgb = RGBColor(*INSERTED)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_quote(cell, evidence, lang: str, points) -> None:
    paragraph = cell.paragraphs[0]
    if evidence is None:
        paragraph.add_run(wording.say(lang, "none_quoted")).italic = True
        return
    paragraph.add_run(quoted(squash(evidence.text), lang)).italic = True
    source = cell.add_paragraph().add_run(f"— {where(evidence, lang)}")
    source.font.size = points(8)


# -- PDF ----------------------------------------------------------------------------------------
def to_pdf(comparison: Comparison, today: date | None = None) -> bytes:
    """The same content as the DOCX; DejaVu Sans carries accents, € and typographic quotes."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    lang = comparison.language
    today = today or date.today()
    colon = wording.say(lang, "colon")
    pdf = FPDF()
    pdf.set_title(title(comparison))
    pdf.set_creation_date(_midnight(today))
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                        ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONT_DIR / name))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()

    def heading(text: str, size: int, colour=(0, 0, 0)) -> None:
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def para(text: str, style: str = "", size: float = 10, colour=(0, 0, 0)) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    heading(title(comparison), 15)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(40, 150), first_row_as_headings=False, text_align="LEFT",
                   line_height=5) as grid:
        for key, value in meta_rows(comparison, today):
            row = grid.row()
            row.cell(key, style=FontFace(emphasis="BOLD"))
            row.cell(value)

    heading(wording.say(lang, "summary"), 13)
    if not comparison.summary:
        para(wording.say(lang, "no_change"))
    for line in comparison.summary:
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_text_color(*VERDICT_COLOURS[line.verdict])
        pdf.write(5, f"{wording.verdict(line.verdict, lang)} ")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "", 10)
        pdf.write(5, f"— {line.label}{colon} {line.reason}")
        pdf.ln(6)

    old_label = "model" if comparison.mode == "corpus" else "old"
    heading(wording.say(lang, "items"), 13)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(80, 35, 35, 40), text_align="LEFT", line_height=5) as grid:
        grid.row([wording.say(lang, "item"), wording.say(lang, old_label),
                  wording.say(lang, "new"), wording.say(lang, "verdict")])
        for item in comparison.items:
            row = grid.row()
            row.cell(item.label)
            row.cell(wording.status(item.old_status, lang))
            row.cell(wording.status(item.new_status, lang))
            row.cell(wording.verdict(item.verdict, lang),
                     style=FontFace(emphasis="BOLD", color=VERDICT_COLOURS[item.verdict]))

    items = changed_items(comparison)
    if items:
        heading(wording.say(lang, "details"), 13)
    for item in items:
        heading(f"{item.label} — {wording.verdict(item.verdict, lang)}", 11,
                VERDICT_COLOURS[item.verdict])
        for reason in item.reasons:
            para(f"• {reason}", size=9)
        pdf.set_font("DejaVu", "", 8)
        with pdf.table(col_widths=(95, 95), text_align="LEFT", line_height=4.2) as grid:
            grid.row([wording.say(lang, "old_quotes" if old_label == "old" else "model"),
                      wording.say(lang, "new_quotes")])
            for before, after in quote_pairs(item):
                grid.row([_pdf_quote(before, lang), _pdf_quote(after, lang)])

    articles = changed_articles(comparison)
    if articles:
        heading(wording.say(lang, "articles"), 13)
        para(wording.say(lang, "legend"), "I", 8, GREY)
    for article in articles:
        heading(f"{article_title(article, lang)} — {wording.change(article.change, lang)}", 10)
        para(article_where(article, lang), size=8, colour=GREY)
        _pdf_redline(pdf, short(article.segments))
    return bytes(pdf.output())


def _pdf_quote(evidence, lang: str) -> str:
    if evidence is None:
        return wording.say(lang, "none_quoted")
    return f"{quoted(squash(evidence.text), lang)} — {where(evidence, lang)}"


def _pdf_redline(pdf, segments: tuple[Segment, ...]) -> None:
    """Flowing text: deleted words struck through in red, inserted ones underlined in blue."""
    for segment in segments:
        style, colour = {"-": ("S", DELETED), "+": ("U", INSERTED)}.get(segment.op,
                                                                        ("", (0, 0, 0)))
        pdf.set_font("DejaVu", style, 9)
        pdf.set_text_color(*colour)
        pdf.write(4.6, squash(segment.text))
        pdf.set_font("DejaVu", "", 9)
        pdf.write(4.6, " ")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(7)
