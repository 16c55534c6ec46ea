"""Hybrid retrieval: fusion logic, then real search over real contracts (model + Chroma)."""
from __future__ import annotations

from assistant.index.retrieval import reciprocal_rank_fusion


def test_rrf_rewards_items_ranked_well_by_both_lists() -> None:
    fused = reciprocal_rank_fusion([[1, 2, 3], [3, 1, 4]], k=60)
    assert sorted(fused, key=lambda i: -fused[i])[:2] == [1, 3]
    assert fused[4] == 1 / 63


def test_rrf_of_nothing_is_empty() -> None:
    assert reciprocal_rank_fusion([[], []]) == {}


def test_french_clause_found_by_an_english_query(shared_assistant) -> None:
    doc = shared_assistant.find_document("contrat-fr.pdf")
    hits = shared_assistant.search("exit plan and return of data at the end", [doc.doc_id], k=3)
    assert hits[0].chunk.section == "Article 4 – Réversibilité"
    assert hits[0].document == "contrat-fr.pdf"
    assert hits[0].chunk.page == 2


def test_french_clause_found_by_its_exact_words(shared_assistant) -> None:
    doc = shared_assistant.find_document("contrat-fr.pdf")
    hits = shared_assistant.search("Tribunal de commerce de Paris", [doc.doc_id], k=2)
    assert hits[0].chunk.section == "Article 5 – Droit applicable"


def test_search_is_filtered_by_document(shared_assistant) -> None:
    doc = shared_assistant.find_document("agreement-en.pdf")
    hits = shared_assistant.search("réversibilité des données", [doc.doc_id], k=10)
    assert hits and {h.document for h in hits} == {"agreement-en.pdf"}


def test_search_without_filter_spans_all_documents(shared_assistant) -> None:
    hits = shared_assistant.search("governing law courts", k=10)
    assert {h.document for h in hits} == {"contrat-fr.pdf", "agreement-en.pdf"}
    assert hits[0].score >= hits[-1].score


def test_reference_corpus_is_searchable_by_language_and_clause(shared_assistant) -> None:
    hits = shared_assistant.search_reference("plan de réversibilité", language="fr",
                                             clause_id="reversibility")
    assert hits and hits[0].document == "corpus/fr/reversibility.md"
    assert shared_assistant.search_reference("notice", language="en",
                                             clause_id="reversibility") == []
