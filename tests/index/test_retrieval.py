"""Hybrid retrieval: fusion logic on fakes, then real search on real contracts (model + Chroma)."""
from __future__ import annotations

import numpy as np
import pytest

from assistant.index.language_fit import LanguageFit
from assistant.index.retrieval import HybridRetriever, fuse, standardised
from assistant.index.store import StoredPassages
from assistant.models import Chunk, DocumentInfo

from .test_language_fit import ReadingEmbedder

# A clear keyword match (passage 0) that the model ranks last of eight; passage 1 is the model's
# favourite with a weak keyword score.
DENSE = np.array([0.05, 0.42, 0.30, 0.25, 0.28, 0.22, 0.33, 0.27])
KEYWORD = np.array([9.0, 1.2, 0.8, 0.0, 0.0, 0.0, 0.5, 0.0])


def test_standard_scores_have_mean_zero_and_unit_spread() -> None:
    scores = standardised(np.array([1.0, 2.0, 3.0, 6.0]))
    assert scores.mean() == pytest.approx(0.0) and scores.std() == pytest.approx(1.0)


def test_a_signal_that_scores_every_passage_alike_counts_for_nothing() -> None:
    assert standardised(np.zeros(3)).tolist() == [0.0, 0.0, 0.0]
    assert fuse(np.array([0.1, 0.9, 0.5]), np.zeros(3), 1.0).argmax() == 1


def test_a_clear_keyword_match_stays_first_when_the_model_barely_reads_the_language() -> None:
    """The English model's French weight (about 0.5): it cannot outvote a clear BM25 match."""
    assert fuse(DENSE, KEYWORD, 0.5).argmax() == 0


def test_a_model_that_reads_the_language_keeps_its_full_say() -> None:
    """With full weight, a model that ranks the keyword match last of all is heard: it wins."""
    assert fuse(DENSE, KEYWORD, 1.0).argmax() == 1
    assert fuse(DENSE, KEYWORD, 0.0).argmax() == 0


def test_weights_apply_per_passage() -> None:
    """Passages of a document in a language the model does not read lose only their own say."""
    dense, keyword = np.array([0.9, 0.1, 0.7, 0.2]), np.array([0.0, 1.0, 3.0, 0.5])
    fused = fuse(dense, keyword, np.array([1.0, 1.0, 0.0, 0.0]))
    both = standardised(dense) + standardised(keyword)
    assert fused[:2] == pytest.approx(both[:2])
    assert fused[2:] == pytest.approx(standardised(keyword)[2:])


# A French document whose data-return clause shares no word with the question asked about it;
# three other clauses share one ("fin").
_PASSAGES = [
    ("Réversibilité", "Au terme du contrat, le Prestataire restitue les données du Client dans un "
     "format ouvert.", 0),
    ("Résiliation", "La relation peut prendre fin par résiliation avec un préavis de trois mois.",
     1),
    ("Paiement", "Les factures sont payées à la fin de chaque trimestre.", 4),
    ("Confidentialité", "Le Prestataire garde secrètes les informations du Client jusqu'à la "
     "fin de la cinquième année.", 5),
    ("Hébergement", "Les serveurs sont situés en France.", 6),
    ("Sous-traitance", "Le recours à un sous-traitant exige l'accord écrit du Client.", 7),
    ("Durée", "Le contrat est conclu pour trois ans.", 8),
    ("Assurance", "Le Prestataire est assuré pour sa responsabilité civile.", 9),
]
_QUESTION = "Que deviennent nos documents quand tout prend fin ?"


class _OneDocumentStore:
    def __init__(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        self._stored = StoredPassages(chunks, vectors)

    def passages(self, doc: DocumentInfo) -> StoredPassages:
        return self._stored


def _search_french_document(reads: set[str]) -> list[str]:
    meaning = {text: ("fr", row) for _, text, row in _PASSAGES} | {_QUESTION: ("fr", 0)}
    embedder = ReadingEmbedder(reads, meaning)
    chunks = [Chunk("doc", i, text, 1, 1, f"Article {i + 1}", title)
              for i, (title, text, _) in enumerate(_PASSAGES)]
    store = _OneDocumentStore(chunks, embedder.embed([c.text for c in chunks]))
    retriever = HybridRetriever(store, embedder, LanguageFit(embedder))  # type: ignore[arg-type]
    doc = DocumentInfo("doc", "contrat.pdf", 1, "fr", len(chunks))
    return [h.chunk.section_title for h in retriever.search(_QUESTION, [doc], k=3)]


def test_a_model_that_reads_french_finds_the_clause_without_shared_words() -> None:
    assert _search_french_document({"fr", "en"})[0] == "Réversibilité"


def test_a_model_that_does_not_read_french_leaves_the_ranking_to_keywords() -> None:
    """Weight 0: the order is BM25's, whose best is the shortest clause saying "fin"."""
    assert _search_french_document({"en"}) == ["Paiement", "Résiliation", "Confidentialité"]


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
