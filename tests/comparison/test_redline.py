"""Word-level redlines and similarity (difflib), and their short form with context."""
from __future__ import annotations

from assistant.comparison.model import ArticleChange, Segment
from assistant.comparison.redline import compact, redline, similarity, words

OLD = "Le taux de disponibilité garanti est de 99,8 % par mois, mesuré sur la plage ouvrée."
NEW = "Le taux de disponibilité garanti est de 99,5 % par mois, mesuré sur la plage ouvrée."


def test_redline_marks_the_replaced_word_between_unchanged_runs() -> None:
    assert redline(words(OLD), words(NEW)) == (
        Segment("=", "Le taux de disponibilité garanti est de"), Segment("-", "99,8"),
        Segment("+", "99,5"), Segment("=", "% par mois, mesuré sur la plage ouvrée."))


def test_line_breaks_and_double_spaces_are_not_changes() -> None:
    assert redline(words(OLD.replace(" par ", "\npar  ")), words(OLD)) == (Segment("=", OLD),)


def test_redline_text_uses_the_wdiff_notation() -> None:
    change = ArticleChange("9.1 – Engagements", "9.1 – Engagements", "modified", 0.9,
                           redline(words("durée de trois (3) ans"), words("durée de deux (2) ans")))
    assert change.redline == "durée de [-trois (3)-] {+deux (2)+} ans"


def test_an_added_clause_is_all_inserted_and_a_deleted_one_all_deleted() -> None:
    assert redline([], words("Nouvelle clause.")) == (Segment("+", "Nouvelle clause."),)
    assert redline(words("Ancienne clause."), []) == (Segment("-", "Ancienne clause."),)


def test_compact_keeps_some_context_around_each_edit() -> None:
    before = " ".join(f"mot{i}" for i in range(40))
    segments = (Segment("=", before), Segment("-", "quinze"), Segment("+", "dix"),
                Segment("=", before))
    short = compact(segments, context=3)
    assert short[0] == Segment("=", "… mot37 mot38 mot39")
    assert short[1:3] == segments[1:3]
    assert short[3] == Segment("=", "mot0 mot1 mot2 …")


def test_compact_leaves_a_short_unchanged_run_whole() -> None:
    segments = (Segment("=", "de"), Segment("-", "99,8"), Segment("+", "99,5"),
                Segment("=", "% par mois"))
    assert compact(segments, context=3) == segments


def test_similarity_is_one_for_the_same_words_and_low_for_unrelated_clauses() -> None:
    assert similarity(words(OLD), words(OLD)) == 1.0
    assert similarity(words(OLD), words(NEW)) > 0.9
    unrelated = words("Le présent contrat est soumis au droit français et au tribunal de Paris.")
    assert similarity(words(OLD), unrelated) < 0.4
