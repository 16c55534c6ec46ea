"""Which sentence the checklist quotes: the features and the fitted ranking."""
from __future__ import annotations

import json

import pytest

from assistant.analysis import evidence
from assistant.analysis.signals import fold


def _passage(order: int, sentences: list[str], *, own_heading: bool, stated: tuple,
             section_start: bool = True, examples: tuple = ()) -> evidence.FoundPassage:
    folded = tuple(fold(s) for s in sentences)
    stems = tuple(evidence.stems(fold(e)) for e in examples)
    return evidence.FoundPassage(
        order=order, score=1.0 if stated else 0.5, own_heading=own_heading, in_article=False,
        section_start=section_start, semantic=0.0, sentences=folded, stated=stated,
        keyword_hits=tuple(1 if "restitu" in s else 0 for s in folded),
        example_words=tuple(evidence.example_words(s, stems) for s in folded))


EXAMPLES = ("Le prestataire restitue l'ensemble des données du client dans un format ouvert.",)


def test_a_paraphrase_of_an_example_shares_more_words_than_an_unrelated_sentence():
    examples = tuple(evidence.stems(fold(e)) for e in EXAMPLES)
    paraphrase = fold("Le titulaire restituera les données du client, dans un format ouvert.")
    unrelated = fold("Les factures sont payées à trente jours fin de mois.")
    assert evidence.example_words(paraphrase, examples) > 0.5
    assert evidence.example_words(unrelated, examples) == 0.0
    assert evidence.example_words(paraphrase, ()) == 0.0


def test_word_stems_meet_across_inflections():
    assert evidence.stems("restitue") == evidence.stems("restitution")
    assert not evidence.stems("dans pour avec")  # common words carry no meaning here


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_stating_sentence_of_the_clause_s_own_article_is_quoted_first(language):
    passing = _passage(3, ["Les pièces contractuelles comprennent le plan de réversibilité.",
                           "Les bons de commande en font partie."],
                       own_heading=False, stated=((0, 1, 4),))
    article = _passage(40, ["Article 12 – Réversibilité.",
                            "À la fin du contrat, le prestataire s'engage à restituer "
                            "l'ensemble des données du client dans un format ouvert."],
                       own_heading=True, stated=((1, 3, 0),), examples=EXAMPLES)
    ranked = evidence.rank([passing, article], language)
    assert (ranked[0].passage, ranked[0].sentence) == (1, 1)


def test_the_fitted_weights_name_every_feature_and_nothing_else():
    data = json.loads(evidence.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert data["weights"], "no fitted weights: the default order is used everywhere"
    for language, weights in data["weights"].items():
        assert set(weights) == {"bias", *evidence.FEATURES}, language
