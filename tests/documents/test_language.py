"""French or English detection for documents and short questions."""
from __future__ import annotations

import pytest

from assistant.documents.language import detect_language


@pytest.mark.parametrize(("text", "expected"), [
    ("Que prévoit la clause de réversibilité ?", "fr"),
    ("Quel est le préavis ?", "fr"),
    ("Et la durée ?", "fr"),
    ("What is the notice period?", "en"),
    ("Which law governs this agreement?", "en"),
    ("Le Prestataire s'engage à restituer les données du Client dans un format ouvert à la fin "
     "du contrat, quelle qu'en soit la cause, et à assister le nouveau prestataire.", "fr"),
    ("The Provider shall return all Customer Data in an open format upon termination of this "
     "Agreement for any reason and shall assist any successor provider.", "en"),
])
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_empty_text_gets_the_default() -> None:
    assert detect_language("   ", default="fr") == "fr"
