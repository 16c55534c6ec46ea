"""Builders for the test data the tests make themselves: PDF (fpdf2 + DejaVu) and DOCX files."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_DATE = datetime(2024, 1, 15, tzinfo=UTC)


def make_pdf(path: Path, pages: list[list[str]], header: str = "", footer: str = "") -> Path:
    """A text PDF, one list of paragraphs per page; header/footer repeat on every page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_auto_page_break(False)
    for number, paragraphs in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("DejaVu", size=9)
        if header:
            pdf.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=11)
        pdf.set_y(25)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if footer:
            pdf.set_y(-15)
            pdf.set_font("DejaVu", size=9)
            pdf.cell(0, 6, footer.format(page=number, pages=len(pages)))
    pdf.output(str(path))
    return path


def make_docx(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """A DOCX from (style, text) blocks: style "h1"/"h2" for headings, "p" for paragraphs,
    "table" with rows separated by newlines and cells by '|'."""
    import docx

    document = docx.Document()
    document.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    for style, text in blocks:
        if style in ("h1", "h2"):
            document.add_heading(text, level=int(style[1]))
        elif style == "table":
            rows = [r.split("|") for r in text.split("\n")]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell.strip()
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


FRENCH_CONTRACT = [
    ["CONTRAT D'INFOGÉRANCE N° 2024-017",
     "Article 1 – Objet",
     "Le présent contrat a pour objet de confier au Prestataire l'exploitation et la maintenance "
     "du système d'information du Client, décrites à l'Annexe 1.",
     "Article 2 – Durée",
     "Le contrat est conclu pour une durée de trois (3) ans à compter de sa signature. Il est "
     "reconduit tacitement par périodes d'un (1) an, sauf dénonciation avec un préavis de six (6) "
     "mois."],
    ["Article 3 – Prix",
     "Le prix forfaitaire annuel est de 120 000 € HT, payable trimestriellement à terme échu.",
     "Article 4 – Réversibilité",
     "À la fin du contrat, pour quelque cause que ce soit, le Prestataire restitue au Client "
     "l'ensemble des données dans un format ouvert (CSV) dans un délai de trente (30) jours. "
     "Une période de transition de six (6) mois est prévue, pendant laquelle le Prestataire "
     "assiste le Client et le nouveau prestataire."],
    ["Article 5 – Droit applicable",
     "Le présent contrat est soumis au droit français. Tout litige relève du Tribunal de commerce "
     "de Paris."],
]

ENGLISH_CONTRACT = [
    ["MANAGED SERVICES AGREEMENT",
     "Section 1 – Services",
     "The Provider shall operate and maintain the Customer's data centre infrastructure.",
     "Section 2 – Term",
     "This Agreement starts on the Effective Date and lasts for thirty-six (36) months."],
    ["Section 3 – Termination",
     "Either party may terminate this Agreement with ninety (90) days' written notice.",
     "Section 4 – Governing Law",
     "This Agreement is governed by the laws of England and Wales."],
]
