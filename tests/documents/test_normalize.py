"""Text clean-up: Unicode, hyphenation, running headers and flattened headings."""
from __future__ import annotations

import pytest

from assistant.documents.normalize import normalize_text, strip_repeated_lines, strip_running_lines


@pytest.mark.parametrize(("raw", "expected"), [
    ("re\u0301versibilite\u0301", "réversibilité"),  # decomposed accents become NFC
    ("sous-trai\u00adtance", "sous-traitance"),  # soft hyphen
    ("la sous-trai-\ntance est interdite", "la sous-traitance est interdite"),
    ("Jean-\nPierre", "Jean-\nPierre"),  # a capital after the break is a real compound
    ("a\u00a0b   c", "a b c"),
    ("\ufb01chier", "fichier"),
    ("un\n\n\n\ndeux", "un\n\ndeux"),
])
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_flattened_heading_is_split_from_its_body() -> None:
    text = normalize_text("  21.  GOVERNING LAW   This Agreement is governed by Dutch law.    "
                          "22.  DISPUTES   Any dispute goes to arbitration.")
    assert text.split("\n") == ["21. GOVERNING LAW", "This Agreement is governed by Dutch law.",
                                "22. DISPUTES", "Any dispute goes to arbitration."]


def test_running_header_and_numbered_footer_are_removed() -> None:
    bodies = ["Article 1 – Objet\nLe contrat porte sur l'infogérance.",
              "Article 2 – Durée\nTrois (3) ans.",
              "Le prix est forfaitaire.\nIl est révisé chaque année.",
              "Article 4 – Droit applicable\nLe droit français s'applique."]
    pages = [f"ACME – Contrat d'infogérance\n{body}\nPage {i}/4"
             for i, body in enumerate(bodies, 1)]
    assert strip_running_lines(pages) == bodies


def test_running_lines_of_a_two_page_annex_are_removed() -> None:
    pages = ["Annexe 1 – Page 1/2\nArticle 1 – Disponibilité\nCible 99,8 %.",
             "Annexe 1 – Page 2/2\nArticle 2 – Pénalités\nUn pour cent."]
    assert strip_running_lines(pages) == ["Article 1 – Disponibilité\nCible 99,8 %.",
                                          "Article 2 – Pénalités\nUn pour cent."]


def test_single_page_is_left_alone() -> None:
    assert strip_running_lines(["En-tête\nun"]) == ["En-tête\nun"]


def test_repeated_long_lines_of_a_flat_text_are_dropped() -> None:
    header = "CONFIDENTIAL TREATMENT REQUESTED FOR PORTIONS MARKED ***"
    text = "\n".join([header, "one", header, "two", header, "three"])
    assert strip_repeated_lines(text) == "one\ntwo\nthree"
