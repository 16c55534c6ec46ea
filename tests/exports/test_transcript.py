"""Chat transcript export: questions in order, each answer with its numbered sources."""
from __future__ import annotations

from datetime import datetime

from assistant.exports.transcript import cite, to_markdown
from assistant.models import Answer, Citation, Turn

WHEN = datetime(2024, 1, 15, 9, 30)
CLAUSE = Citation("contract", "contrat.pdf", 2, "Article 4 – Réversibilité",
                  "Le Prestataire restitue  les données\nau format CSV.")
GUIDE = Citation("reference", "corpus/reversibilite.md", 0, "Plan de réversibilité",
                 "Un plan tenu à jour.")


def _turn(question: str, text: str, *citations: Citation, mode: str = "extractive",
          notice: str = "") -> Turn:
    return Turn(question, Answer(text, "fr", mode, True, citations, notice))


def test_transcript_lists_questions_answers_and_sources_in_order() -> None:
    turns = [_turn("Que prévoit la réversibilité ?", "Une restitution en CSV.", CLAUSE, GUIDE),
             _turn("Et la durée ?", "Trois ans.", mode="llm", notice="Modèle local.")]
    assert to_markdown(turns, ["contrat.pdf"], "fr", WHEN) == (
        "# Questions sur contrat.pdf\n"
        "\n"
        "Date : 2024-01-15 09:30\n"
        "\n"
        "## 1. Que prévoit la réversibilité ?\n"
        "\n"
        "_Réponse (extractive)_\n"
        "\n"
        "Une restitution en CSV.\n"
        "\n"
        "**Sources**\n"
        "\n"
        "1. contrat.pdf, p. 2, Article 4 – Réversibilité — « Le Prestataire restitue les "
        "données au format CSV. »\n"
        "2. guide corpus/reversibilite.md, Plan de réversibilité — « Un plan tenu à jour. »\n"
        "\n"
        "## 2. Et la durée ?\n"
        "\n"
        "_Réponse (rédigée par le modèle)_\n"
        "\n"
        "Trois ans.\n"
        "\n"
        "> Modèle local.\n")


def test_english_transcript_uses_english_words_and_quotes() -> None:
    text = to_markdown([_turn("What about exit?", "CSV return.", CLAUSE)], ["a.pdf", "b.pdf"],
                       "en", WHEN)
    assert text.startswith("# Questions about a.pdf, b.pdf\n\nDate: 2024-01-15 09:30\n")
    assert "_Answer (extractive)_" in text
    assert cite(CLAUSE, "en").endswith("— “Le Prestataire restitue les données au format CSV.”")


def test_empty_conversation_is_just_the_heading() -> None:
    assert to_markdown([], ["contrat.pdf"], "fr", WHEN) == (
        "# Questions sur contrat.pdf\n\nDate : 2024-01-15 09:30\n")
