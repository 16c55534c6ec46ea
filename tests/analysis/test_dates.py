"""Start and end dates: sentences written for these tests, French and English."""
from __future__ import annotations

import pytest

from assistant.analysis.dates import find_dates
from assistant.models import Chunk


def _chunks(*texts: str) -> list[Chunk]:
    return [Chunk("doc", i, text, page=i + 1, page_end=i + 1, section_number=f"Article {i + 1}",
                  section_title="Durée") for i, text in enumerate(texts)]


def _dates(*texts: str) -> dict[str, str]:
    return {kind: found.value for kind, found in find_dates(_chunks(*texts)).items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le présent marché prend effet le 1er octobre 2024 pour une durée de quatre ans.",
     {"start": "2024-10-01"}),
    ("Le contrat est conclu pour trois ans à compter du 15 mars 2025, soit jusqu'au 14 mars 2028.",
     {"start": "2025-03-15", "end": "2028-03-14"}),
    ("This Agreement commences on 2 June 2025 and expires on 1 June 2027.",
     {"start": "2025-06-02", "end": "2027-06-01"}),
    ('"Effective Date": September 30, 2024.', {"start": "2024-09-30"}),
    ("Les prestations démarrent le 17/11/2025.", {"start": "2025-11-17"}),
    # 03/04/2025 is 3 April or 4 March depending on the country: not guessed.
    ("The Services start on 03/04/2025.", {}),
    # Dates of other things: a price revision, an offer, the signature.
    ("Les prix sont révisés chaque année à compter du 1er janvier 2026 selon l'indice Syntec.", {}),
    ("Le Client a retenu l'offre du Prestataire en date du 14 octobre 2024.", {}),
    ("THIS AGREEMENT is dated 3 March 2025.", {}),
])
def test_start_and_end_dates_are_read_from_their_trigger_words(sentence, expected):
    assert _dates(sentence) == expected


def test_a_date_cut_over_two_passages_is_read_whole_and_quoted_with_its_page():
    found = find_dates(_chunks("Le contrat est conclu pour une durée de deux ans à compter du "
                               "1er avril", "2025. Il se renouvelle ensuite tacitement."))
    assert found["start"].value == "2025-04-01"
    assert found["start"].page == 1
    assert found["start"].text == ("Le contrat est conclu pour une durée de deux ans à compter "
                                   "du 1er avril 2025.")


def test_the_first_start_date_in_reading_order_wins():
    assert _dates("« Date de démarrage » : le 1er mai 2025.",
                  "Le contrat entre en vigueur le 1er juin 2025.") == {"start": "2025-05-01"}
