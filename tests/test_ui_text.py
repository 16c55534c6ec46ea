"""Interface strings: both languages say the same things, placeholders are filled."""
from __future__ import annotations

import string

import pytest

from assistant.ui_text import SUGGESTED_QUESTIONS, TEXTS, text


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_french_and_english_have_the_same_keys() -> None:
    assert set(TEXTS["fr"]) == set(TEXTS["en"])


@pytest.mark.parametrize("key", sorted(TEXTS["fr"]))
def test_both_languages_use_the_same_placeholders(key: str) -> None:
    assert _fields(TEXTS["fr"][key]) == _fields(TEXTS["en"][key])


def test_text_fills_placeholders() -> None:
    assert text("fr", "stage_read", done=2, total=5) == "Pages lues : 2/5"
    assert text("en", "ready", name="a.pdf", pages=3, chunks=9) == (
        "a.pdf: 3 pages, 9 passages, checklist ready")


def test_unknown_language_falls_back_to_english() -> None:
    assert text("de", "tab_chat") == TEXTS["en"]["tab_chat"]


def test_suggested_questions_include_the_two_the_users_ask_first() -> None:
    assert SUGGESTED_QUESTIONS["fr"][:2] == ("Quelles mentions obligatoires manquent ?",
                                             "Que prévoit la clause de réversibilité ?")
    assert len(SUGGESTED_QUESTIONS["fr"]) == len(SUGGESTED_QUESTIONS["en"])
