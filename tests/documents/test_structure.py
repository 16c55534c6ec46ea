"""Heading detection in French and English contracts."""
from __future__ import annotations

import pytest

from assistant.documents.structure import parse_heading


@pytest.mark.parametrize(("line", "number", "title", "level"), [
    ("Article 12 – Réversibilité", "Article 12", "Réversibilité", 2),
    ("ARTICLE XII - RÉVERSIBILITÉ", "Article XII", "RÉVERSIBILITÉ", 2),
    ("Article premier : Objet", "Article premier", "Objet", 2),
    ("Art. 4 Durée", "Article 4", "Durée", 2),
    ("12.3 Plan de réversibilité", "12.3", "Plan de réversibilité", 3),
    ("12. Term", "12", "Term", 2),
    ("Section 4 – Service Levels", "Section 4", "Service Levels", 2),
    ("SECTION 4.2: Service Credits", "Section 4.2", "Service Credits", 3),
    ("Clause 7 Confidentiality", "Clause 7", "Confidentiality", 2),
    ("Chapitre II – Exécution", "Chapitre II", "Exécution", 1),
    ("TITRE I – DISPOSITIONS GÉNÉRALES", "Titre I", "DISPOSITIONS GÉNÉRALES", 1),
    ("Annexe 2 – Plan de réversibilité", "Annexe 2", "Plan de réversibilité", 1),
    ("Schedule 3 - Exit Management", "Schedule 3", "Exit Management", 1),
    ("EXHIBIT A", "Exhibit A", "", 1),
    ("CONFIDENTIALITÉ", "", "CONFIDENTIALITÉ", 2),
    ("## Clause type", "", "Clause type", 2),
])
def test_heading_is_recognised(line: str, number: str, title: str, level: int) -> None:
    heading = parse_heading(line)
    assert heading is not None
    assert (heading.number, heading.title, heading.level) == (number, title, level)


@pytest.mark.parametrize("line", [
    "Le Prestataire s'engage à restituer les données.",
    "12 mois après la signature, les parties se réunissent.",
    "Section 4 of this Agreement shall survive any termination or expiry of the Agreement "
    "for any reason whatsoever, including breach.",
    "",
    "a) les données personnelles ;",
    "Partie n'est responsable des dommages indirects, tels que la perte de chiffre d'affaires",
    "Partie c’est-à-dire le Client",
])
def test_body_text_is_not_a_heading(line: str) -> None:
    assert parse_heading(line) is None


@pytest.mark.parametrize("line", ["19.3 Le for exclusif est à Sion.", "4.2 Fees are due monthly."])
def test_a_short_numbered_sentence_keeps_its_text(line: str) -> None:
    heading = parse_heading(line)
    assert heading is not None and heading.title == ""
    assert heading.inline_body == line.split(" ", 1)[1]


def test_title_on_the_next_line_is_joined() -> None:
    heading = parse_heading("ARTICLE 9", next_line="RÉVERSIBILITÉ")
    assert heading is not None and heading.label == "Article 9 – RÉVERSIBILITÉ"


def test_numbered_paragraph_keeps_its_text_as_body() -> None:
    heading = parse_heading("4.1 The Provider shall keep the service available at all times "
                            "except during planned maintenance windows agreed in advance.")
    assert heading is not None
    assert heading.number == "4.1" and heading.title == ""
    assert heading.inline_body.startswith("The Provider shall")


def test_a_long_numbered_paragraph_still_starts_its_sub_article() -> None:
    long = ("5.2 Nous mettons en œuvre des mesures techniques et organisationnelles appropriées "
            + "pour protéger les données du client, " * 12 + "sans exception.")
    assert len(long) > 400
    heading = parse_heading(long)
    assert heading is not None and heading.number == "5.2"
    assert heading.inline_body.startswith("Nous mettons")
    # A long line that only begins with a figure is body text.
    assert parse_heading("12 mois " + "de prestations " * 40) is None


def test_upper_case_title_run_before_the_sentence() -> None:
    heading = parse_heading("21. GOVERNING LAW This Agreement shall be governed by Dutch law.")
    assert heading is not None
    assert (heading.number, heading.title) == ("21", "GOVERNING LAW")
    assert heading.inline_body == "This Agreement shall be governed by Dutch law."
