"""Keyword scoring: accent folding, stemming and French/English expansion."""
from __future__ import annotations

from assistant.index.lexical import KeywordIndex, expand_query, fold, tokenize
from assistant.models import Chunk


def _chunk(i: int, text: str, title: str = "") -> Chunk:
    return Chunk("d", i, text, 1, 1, "", title, (title,) if title else ())


def test_fold_removes_accents_and_case() -> None:
    assert fold("Réversibilité ÉTÉ") == "reversibilite ete"


def test_tokenize_stems_drops_stopwords_and_elisions() -> None:
    assert tokenize("Les données de l'utilisateur", "fr") == tokenize("donnée utilisateurs", "fr")
    assert tokenize("terminated terminates", "en")[0] == tokenize("termination", "en")[0][:9]


def test_expand_query_adds_french_terms_for_english_words() -> None:
    expanded = expand_query("termination notice")
    assert "résiliation" in expanded and "préavis" in expanded


def test_english_query_scores_the_french_clause_first() -> None:
    index = KeywordIndex([
        _chunk(0, "Le prix forfaitaire est payable chaque trimestre.", "Prix"),
        _chunk(1, "Le contrat peut être résilié avec un préavis de trois mois.", "Résiliation"),
        _chunk(2, "Le Prestataire restitue les données en fin de contrat.", "Réversibilité"),
    ], "fr")
    scores = index.scores("termination notice period")
    assert scores.argmax() == 1
    assert index.scores("reversibility").argmax() == 2


def test_building_an_index_does_not_turn_on_debug_logging() -> None:
    import logging

    KeywordIndex([_chunk(0, "Le prix est fixe.")], "fr")
    assert not logging.getLogger("bm25s").isEnabledFor(logging.DEBUG)


def test_unknown_words_score_zero() -> None:
    index = KeywordIndex([_chunk(0, "Le prix est fixe.")], "fr")
    assert index.scores("zzzz").tolist() == [0.0]


def test_expansion_adds_only_terms_of_the_documents_language() -> None:
    assert expand_query("restitution des données", into="fr") == "restitution des données"
    assert "résiliation" in expand_query("termination notice", into="fr")
    assert "termination" in expand_query("préavis de résiliation", into="en")


def test_a_french_query_does_not_match_french_words_through_english_ones() -> None:
    """"données" once added "data", which the French stemmer cuts to the stem of "date"."""
    index = KeywordIndex([
        _chunk(0, "Le contrat est révisé à chaque date anniversaire."),
        _chunk(1, "Le Prestataire restitue les données au Client."),
    ], "fr")
    scores = index.scores("restitution des données")
    assert scores[0] == 0.0 and scores[1] > 0.0
