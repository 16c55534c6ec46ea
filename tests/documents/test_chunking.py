"""Structure-aware chunking: sections, heading paths, page spans, sentence-friendly splits."""
from __future__ import annotations

import pytest

from assistant.documents.chunking import chunk_document, embedding_text
from assistant.documents.reading import read_document
from assistant.models import Page, ParsedDocument
from tests.builders import make_docx, make_managed_services_pdf


def _doc(*pages: str) -> ParsedDocument:
    return ParsedDocument("c.txt", "abc", tuple(Page(i + 1, t) for i, t in enumerate(pages)), "fr")


def test_each_article_becomes_a_chunk_with_number_title_and_page(french_pdf) -> None:
    chunks = chunk_document(read_document(french_pdf))
    by_section = {c.section: c for c in chunks}
    assert by_section["Article 4 – Réversibilité"].page == 2
    assert by_section["Article 5 – Droit applicable"].page == 3
    assert by_section["Article 2 – Durée"].text.startswith("Le contrat est conclu")
    assert all(c.doc_id == read_document(french_pdf).sha256 for c in chunks)
    assert [c.index for c in chunks] == list(range(len(chunks)))


def test_chunk_keeps_article_heading_across_pages() -> None:
    doc = _doc("Article 9 – Réversibilité\nLe Prestataire restitue les données.",
               "Il assiste le nouveau prestataire pendant six (6) mois.\nArticle 10 – Audit\n"
               "Le Client peut auditer le Prestataire.")
    chunks = chunk_document(doc)
    reversibility = next(c for c in chunks if c.section_number == "Article 9")
    assert (reversibility.page, reversibility.page_end) == (1, 2)
    assert "six (6) mois" in reversibility.text
    assert next(c for c in chunks if c.section_number == "Article 10").page == 2


def test_heading_path_nests_numbered_clauses_under_articles() -> None:
    doc = _doc("Chapitre II – Exécution\nArticle 7 – Niveaux de service\n"
               "7.1 Disponibilité\nLe service est disponible 99,8 % du temps.\n"
               "7.2 Pénalités\nUne pénalité de 1 % par heure est due.")
    chunk = next(c for c in chunk_document(doc) if c.section_number == "7.2")
    assert chunk.heading_path == ("Chapitre II – Exécution", "Article 7 – Niveaux de service",
                                  "7.2 – Pénalités")
    assert chunk.section == "7.2 – Pénalités"
    assert embedding_text(chunk).startswith("Chapitre II – Exécution > Article 7")


def test_untitled_numbered_paragraph_takes_its_parent_title() -> None:
    doc = _doc("12. TERMINATION\n12.1 Either party may terminate this Agreement for material "
               "breach not cured within thirty (30) days of written notice.")
    chunk = next(c for c in chunk_document(doc) if c.section_number == "12.1")
    assert chunk.section == "12.1 – TERMINATION"
    assert chunk.text.startswith("Either party may terminate")


def test_long_clause_is_split_at_sentence_ends_and_keeps_its_section() -> None:
    sentences = [f"Le Prestataire fournit le livrable numéro {i} dans les délais convenus."
                 for i in range(60)]
    doc = _doc("Article 3 – Livrables\n" + " ".join(sentences))
    chunks = chunk_document(doc, chunk_size=400, chunk_overlap=50)
    assert len(chunks) > 5
    assert all(c.section == "Article 3 – Livrables" for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)
    assert all(len(c.text) <= 400 for c in chunks)


def test_preamble_before_the_first_heading_is_kept() -> None:
    doc = _doc("ENTRE LES SOUSSIGNÉS la société ACME, ci-après le Client,\n"
               "Article 1 – Objet\nLe présent contrat porte sur l'infogérance.")
    chunks = chunk_document(doc)
    assert chunks[0].section == "" and "ACME" in chunks[0].text
    assert chunks[1].section == "Article 1 – Objet"


def test_chunk_text_is_exact_text_of_the_document() -> None:
    text = ("Article 1 – Objet\nLe présent contrat porte sur l'infogérance du système.\n"
            "Article 2 – Prix\nLe prix est de 10 000 € par mois.")
    for chunk in chunk_document(_doc(text)):
        assert chunk.text in text


# -- a real-looking PDF: running header, company footer, document control, table of contents --

@pytest.fixture(scope="module")
def managed_chunks(tmp_path_factory: pytest.TempPathFactory) -> list:
    return chunk_document(read_document(make_managed_services_pdf(tmp_path_factory.mktemp("pdf"))))


def test_running_header_and_company_footer_reach_no_passage(managed_chunks) -> None:
    for chunk in managed_chunks:
        assert "Réf. CSM-2031-04" not in chunk.text
        assert "allée des Tilleuls" not in chunk.text
        assert "SIRET" not in chunk.text and "Page " not in chunk.text


def test_a_sentence_naming_the_company_details_of_the_footer_is_kept(managed_chunks) -> None:
    parties = next(c for c in managed_chunks if "ENTRE LES SOUSSIGNÉS" in c.text)
    assert "SAS au capital de 84 000 €, immatriculée au RCS de Rennes" in " ".join(
        parties.text.split())
    assert (parties.kind, parties.page) == ("body", 1)


def test_first_page_document_control_block_is_kept_but_not_quotable(managed_chunks) -> None:
    control = [c for c in managed_chunks if c.kind == "document_control"]
    assert len(control) == 1 and control[0].page == 1
    assert control[0].text.startswith("Version Date Auteur Objet")
    assert control[0].text.endswith("du 01/03/2031 au 28/02/2033")
    assert not control[0].quotable
    assert not any("28/02/2033" in c.text for c in managed_chunks if c.quotable)


def test_table_of_contents_is_one_passage_and_makes_no_sections(managed_chunks) -> None:
    toc = [c for c in managed_chunks if c.kind == "toc"]
    assert [(c.page, c.section) for c in toc] == [(2, "")]
    assert toc[0].text.startswith("SOMMAIRE\nArticle 1 – Objet ....")
    assert [c.page for c in managed_chunks if c.section_number == "Article 1"] == [3]


def test_articles_keep_their_pages_after_the_footers_are_removed(managed_chunks) -> None:
    pages = {c.section: (c.page, c.page_end, c.kind) for c in managed_chunks
             if c.section_number.startswith("Article")}
    assert pages == {"Article 1 – Objet": (3, 3, "body"), "Article 2 – Durée": (4, 5, "body"),
                     "Article 3 – Prix": (5, 5, "body"),
                     "Article 4 – Réversibilité": (6, 6, "body")}


def test_sentence_cut_by_a_page_break_stays_one_sentence(managed_chunks) -> None:
    duration = next(c for c in managed_chunks if c.section_number == "Article 2")
    assert duration.text.endswith("rendues au format\nCSV dans un délai de trente jours.")


def test_document_control_table_of_a_docx_is_kept_apart(tmp_path) -> None:
    path = make_docx(tmp_path / "contrat.docx", [
        ("h1", "Contrat de tierce maintenance applicative"),
        ("table", "Version | Date | Auteur | Objet\n1.0 | 12/05/2031 | C. Perrin | Création\n"
                  "1.2 | 30/06/2031 | C. Perrin | Ajout de l'annexe SLA"),
        ("p", "Diffusion : restreinte – Date de mise à jour : 30/06/2031"),
        ("h2", "Article 1 – Durée"),
        ("p", "Le contrat prend effet le 1er septembre 2031 pour une durée de quatre ans."),
    ])
    chunks = chunk_document(read_document(path))
    assert [(c.kind, c.text.split("\n")[0]) for c in chunks] == [
        ("body", "Contrat de tierce maintenance applicative"),
        ("document_control", "Version | Date | Auteur | Objet"),
        ("body", "Le contrat prend effet le 1er septembre 2031 pour une durée de quatre ans.")]
