"""Builders for the test data the tests make themselves: PDF (fpdf2 + DejaVu) and DOCX files."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_DATE = datetime(2024, 1, 15, tzinfo=UTC)


def make_pdf(path: Path, pages: list[list], header: str = "", footer: str = "") -> Path:
    """A text PDF, one list of paragraphs per page; header/footer repeat on every page.

    A paragraph given as a tuple of rows (each a tuple of cells) is drawn as a table. Header and
    footer may hold several lines ("\n") and {page}/{pages}."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_auto_page_break(False)
    for number, paragraphs in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("DejaVu", size=9)
        for line in header.format(page=number, pages=len(pages)).split("\n") if header else ():
            pdf.cell(0, 6 if "\n" not in header else 4, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=11)
        pdf.set_y(25)
        for paragraph in paragraphs:
            if isinstance(paragraph, tuple):
                _table(pdf, paragraph)
            else:
                pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if footer and "\n" in footer:
            lines = footer.format(page=number, pages=len(pages)).split("\n")
            pdf.set_y(-10 - 4 * len(lines))
            pdf.set_font("DejaVu", size=8)
            for line in lines:
                pdf.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
        elif footer:
            pdf.set_y(-15)
            pdf.set_font("DejaVu", size=9)
            pdf.cell(0, 6, footer.format(page=number, pages=len(pages)))
    pdf.output(str(path))
    return path


def _table(pdf, rows: tuple[tuple[str, ...], ...]) -> None:
    from fpdf.fonts import FontFace

    with pdf.table(headings_style=FontFace()) as table:  # DejaVu has no bold face loaded
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)


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


# A contract laid out like a real PDF: running header, three-line company footer, a
# document-control block on its first page, a table of contents, a sentence cut by a page break.
MANAGED_HEADER = "Orvanne – Contrat de services managés – Réf. CSM-2031-04 v2.1"
MANAGED_FOOTER = ("Orvanne SAS au capital de 84 000 € – RCS Rennes 902 118 450\n"
                  "7 allée des Tilleuls, 35000 Rennes – SIRET 902 118 450 00017\n"
                  "Page {page} / {pages}")
MANAGED_PARTIES = ("ENTRE LES SOUSSIGNÉS la société Orvanne, SAS au capital de 84 000 €, "
                   "immatriculée au RCS de Rennes sous le numéro 902 118 450, ci-après le Client, "
                   "et la société Lumio, ci-après le Prestataire.")
MANAGED_SERVICES = [
    ["CONTRAT DE SERVICES MANAGÉS",
     (("Version", "Date", "Auteur", "Objet"),
      ("1.0", "04/02/2031", "L. Garnier", "Création"),
      ("2.1", "17/03/2031", "P. Roussel", "Révision de l'annexe tarifaire")),
     "Rédigé par : L. Garnier   Vérifié par : P. Roussel   Approuvé par : M. Henry",
     "Diffusion restreinte – Période de validité du document : du 01/03/2031 au 28/02/2033",
     MANAGED_PARTIES],
    ["SOMMAIRE",
     "Article 1 – Objet .................................................. 3",
     "Article 2 – Durée .................................................. 4",
     "Article 3 – Prix ................................................... 5",
     "Article 4 – Réversibilité .......................................... 6"],
    ["Article 1 – Objet",
     "Le Prestataire exploite et supervise les serveurs et le réseau du Client."],
    ["Article 2 – Durée",
     "Le contrat est conclu pour une durée indéterminée à compter de sa signature.",
     "Chaque partie peut y mettre fin à tout moment avec un préavis de trois mois, les données "
     "du Client lui étant alors rendues au format"],
    ["CSV dans un délai de trente jours.",
     "Article 3 – Prix",
     "La redevance mensuelle forfaitaire est de 6 400 € HT."],
    ["Article 4 – Réversibilité",
     "En fin de contrat, le Prestataire assiste le Client et son nouveau prestataire pendant "
     "trois mois."],
]


def make_managed_services_pdf(folder: Path) -> Path:
    return make_pdf(folder / "services-manages.pdf", MANAGED_SERVICES, header=MANAGED_HEADER,
                    footer=MANAGED_FOOTER)
