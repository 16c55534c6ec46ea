"""Structure-aware chunking: sections, heading paths, page spans, sentence-friendly splits."""
from __future__ import annotations

from assistant.documents.chunking import chunk_document, embedding_text
from assistant.documents.reading import read_document
from assistant.models import Page, ParsedDocument


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
