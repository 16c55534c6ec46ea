"""Reading PDF, DOCX, TXT and Markdown files into pages of normalised text."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents.reading import read_bytes, read_document
from assistant.errors import IngestError
from tests.builders import make_docx, make_pdf


def test_french_pdf_keeps_accents_pages_and_headings(french_pdf: Path) -> None:
    doc = read_document(french_pdf)
    assert doc.language == "fr"
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert "Article 4 – Réversibilité" in doc.pages[1].text
    assert "120 000 € HT" in doc.pages[1].text
    assert "trente (30) jours" in doc.pages[1].text


def test_running_header_and_page_footer_are_removed_from_pdf_pages(french_pdf: Path) -> None:
    doc = read_document(french_pdf)
    assert not any("Confidentiel" in p.text or "Page 2/3" in p.text for p in doc.pages)


def test_english_pdf_is_detected_as_english(english_pdf: Path) -> None:
    doc = read_document(english_pdf)
    assert doc.language == "en"
    assert "Section 3 – Termination" in doc.pages[1].text


def test_sha256_identifies_the_content(french_pdf: Path, tmp_path: Path) -> None:
    copy = tmp_path / "renamed.pdf"
    copy.write_bytes(french_pdf.read_bytes())
    assert read_document(copy).sha256 == read_document(french_pdf).sha256


def test_docx_keeps_paragraphs_and_table_rows(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "c.docx", [
        ("h1", "Article 7 – Niveaux de service"),
        ("p", "Le Prestataire garantit une disponibilité mensuelle du service."),
        ("table", "Indicateur|Cible\nDisponibilité|99,8 %"),
        ("p", "Les pénalités sont calculées chaque mois."),
    ])
    doc = read_document(path)
    assert len(doc.pages) == 1
    lines = doc.pages[0].text.split("\n")
    assert lines.index("Article 7 – Niveaux de service") < lines.index("Disponibilité | 99,8 %")
    assert lines.index("Disponibilité | 99,8 %") < lines.index(
        "Les pénalités sont calculées chaque mois.")


def test_txt_form_feeds_become_pages_and_cp1252_is_decoded() -> None:
    data = "Article 1 – Objet du contrat\fArticle 2 – Durée de trois ans".encode("cp1252")
    doc = read_bytes(data, "contrat.txt")
    assert [p.text for p in doc.pages] == ["Article 1 – Objet du contrat",
                                           "Article 2 – Durée de trois ans"]


def test_markdown_is_read_as_text() -> None:
    doc = read_bytes(b"# Contract\n\nThe Provider shall host the platform.", "c.md")
    assert doc.pages[0].text == "# Contract\n\nThe Provider shall host the platform."


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"", "empty.pdf", "the file is empty"),
    (b"   \n", "blank.txt", "the file is empty"),
    (b"hello, I am not a PDF at all", "fake.pdf", "not a PDF file"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog", "truncated.pdf", "damaged or truncated"),
    (b"plain text pretending", "fake.docx", "not a DOCX file"),
    (b"data", "contract.xlsx", "unsupported file type '.xlsx'"),
    (b"Article 1", "short.txt", "no readable text"),
])
def test_bad_input_raises_one_clear_line(data: bytes, name: str, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        read_bytes(data, name)
    text = str(caught.value)
    assert message in text and name in text and "\n" not in text


def test_file_over_the_size_limit_is_refused(french_pdf: Path) -> None:
    with pytest.raises(IngestError, match=r"over the 0\.001 MB limit"):
        read_document(french_pdf, max_mb=0.001)


def test_pdf_over_the_page_limit_is_refused(french_pdf: Path) -> None:
    with pytest.raises(IngestError, match="3 pages, over the 2-page limit"):
        read_document(french_pdf, max_pages=2)


def test_encrypted_pdf_with_a_password_is_refused(tmp_path: Path, french_pdf: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(french_pdf))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    with pytest.raises(IngestError, match="password-protected"):
        read_document(locked)


def test_encrypted_pdf_with_an_empty_user_password_is_read(tmp_path: Path,
                                                           french_pdf: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(french_pdf))
    writer.encrypt(user_password="", owner_password="owner")
    opened = tmp_path / "opened.pdf"
    with opened.open("wb") as f:
        writer.write(f)
    assert "Réversibilité" in read_document(opened).pages[1].text


def test_pdf_without_text_layer_is_never_indexed_empty(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)
    blank = tmp_path / "scan.pdf"
    pdf.output(str(blank))
    with pytest.raises(IngestError) as caught:
        read_document(blank, ocr=False)
    assert "no text layer" in str(caught.value)


def test_pdf_of_one_long_page_reads_all_text(tmp_path: Path) -> None:
    paragraphs = [f"Article {i} – Clause {i}. Le Prestataire exécute la prestation {i}."
                  for i in range(1, 30)]
    path = make_pdf(tmp_path / "long.pdf", [paragraphs[:14], paragraphs[14:]])
    doc = read_document(path)
    assert "Article 29 – Clause 29" in doc.text
