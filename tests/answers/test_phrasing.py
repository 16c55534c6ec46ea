"""Answer wording: value lines, quotes with their place, item labels, in both languages."""
from __future__ import annotations

import pytest

from assistant.answers.phrasing import (
    TEXTS,
    finding_label,
    item_label_for,
    quote,
    value_line,
    where,
)
from assistant.answers.questions import Question
from assistant.models import Citation, Finding

CLAUSE = Citation("contract", "contrat.pdf", 5, "Article 15 – Réversibilité",
                  "Une période de transition de six (6) mois est prévue.")
GUIDE = Citation("reference", "corpus/fr/reversibility.md", 1, "", "Un plan de réversibilité.")


@pytest.mark.parametrize("kind, value, language, line", [
    ("notice", "6 mois", "fr", "Préavis : 6 mois."),
    ("notice", "6 months", "en", "Notice period: 6 months."),
    ("governing_law", "New York", "en", "Governing law: New York."),
    ("unknown_kind", "x", "en", "unknown_kind: x."),
])
def test_value_line_names_the_value_in_the_question_language(kind, value, language, line):
    assert value_line(kind, value, language) == line


def test_quote_gives_page_and_section_and_the_file_only_when_asked():
    assert quote(CLAUSE, "fr", False) == ("« Une période de transition de six (6) mois est "
                                          "prévue. » (p. 5, Article 15 – Réversibilité)")
    assert quote(CLAUSE, "en", True) == ("“Une période de transition de six (6) mois est "
                                         "prévue.” (contrat.pdf, p. 5, Article 15 – Réversibilité)")


def test_reference_passage_is_quoted_with_its_guide():
    assert quote(GUIDE, "fr", False) == ("« Un plan de réversibilité. » "
                                         "(guide corpus/fr/reversibility.md)")


def test_where_without_section_is_just_the_page():
    assert where(3, "", "en") == "p. 3"


def test_item_label_of_a_follow_up_names_the_clause_and_the_point():
    q = Question("Que dit-elle sur les données ?", "fr", "content", "data_protection",
                 context_topic="reversibility", focus="données")
    assert item_label_for(q) == "Réversibilité (données)"
    assert item_label_for(Question("?", "en", "content", "audit")) == "Audit rights"
    assert item_label_for(Question("?", "en", "content")) == ""


def test_finding_label_uses_the_question_language_and_falls_back_to_the_playbook_label():
    assert finding_label(Finding("audit", "Audit", "absent", 0.9, "required"), "fr") == (
        "Audit et contrôle")
    assert finding_label(Finding("dora_exit", "Exit plan", "absent", 0.9, "required"), "fr") == (
        "Exit plan")


def test_every_sentence_exists_in_both_languages():
    assert TEXTS["fr"].keys() == TEXTS["en"].keys()
