"""Headline values: the law, the court, term, renewal, notice, SLA figures, penalties, cap."""
from __future__ import annotations

import pytest

from assistant.analysis.values import extract_values, governing_law, jurisdiction
from assistant.models import Chunk


def _chunks(*texts: str) -> list[Chunk]:
    return [Chunk("doc", i, text, page=i + 1, page_end=i + 1, section_number=f"Article {i + 1}",
                  section_title="Clause") for i, text in enumerate(texts)]


def _values(text: str) -> dict[str, list[str]]:
    return {kind: [v.value for v in found] for kind, found in extract_values(_chunks(text)).items()}


@pytest.mark.parametrize(("sentence", "law"), [
    ("This Agreement shall be governed by and construed in accordance with the laws of the State "
     "of New York, without regard to its conflicts of law principles.", "New York"),
    ("This Agreement is governed by the laws of England and Wales.", "England and Wales"),
    ("This Agreement shall be governed by the laws of the Netherlands.", "Netherlands"),
    ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF CALIFORNIA.", "California"),
    ("This Agreement shall be construed in accordance with English law.", "England"),
    ("This Agreement shall be governed by Texas law.", "Texas"),
    ("The laws of the State of California shall govern all issues arising under this Agreement.",
     "California"),
    ("This Agreement shall be governed by and construed in accordance with the laws, other than "
     "choice of law rules, of the state of Florida.", "Florida"),
    ("This Agreement shall be governed by and in accordance with the laws in the State of "
     "Washington.", "Washington"),
    ("This Agreement shall be construed in accordance with the laws of that State applicable to "
     "agreements made in the State of New Jersey.", "New Jersey"),
    ("Le présent contrat est soumis au droit français.", "France"),
    ("Le contrat est régi par la loi française.", "France"),
    ("Le droit applicable au présent contrat est le droit belge.", "Belgique"),
    ("The Provider shall comply with all applicable laws.", ""),
])
def test_governing_law_names_the_chosen_law(sentence, law):
    assert governing_law(sentence) == law


@pytest.mark.parametrize(("sentence", "court"), [
    ("Tout litige relève de la compétence exclusive du Tribunal de commerce de Paris.",
     "Tribunal de commerce de Paris"),
    ("Each Party submits to the exclusive jurisdiction of the state and federal courts located in "
     "New York, New York.", "New York, New York"),
    ("The courts shall apply the law.", ""),
])
def test_jurisdiction_names_the_court(sentence, court):
    assert jurisdiction(sentence) == court


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The initial term of this Agreement is three (3) years, renewable for successive one (1) "
     "year periods unless either party gives ninety (90) days' written notice.",
     {"term": ["3 years"], "renewal": ["1 year"], "notice": ["90 days"]}),
    ("Le présent contrat est conclu pour une durée de trois (3) ans.", {"term": ["3 ans"]}),
    ("Il est reconduit tacitement par périodes d'un an, sauf dénonciation avec un préavis de six "
     "mois.", {"renewal": ["1 an"], "notice": ["6 mois"]}),
    ("Le prestataire garantit un taux de disponibilité de 99,8 % par mois.",
     {"availability": ["99,8 %"]}),
    ("Priority 1 incidents shall be responded to within one (1) hour and resolved within four (4) "
     "hours.", {"response_time": ["1 hour", "4 hours"]}),
    ("Le délai d'intervention est de deux heures ouvrées.",
     {"response_time": ["2 heures ouvrées"]}),
    ("La responsabilité du prestataire est plafonnée à 500 000 euros.",
     {"liability_cap": ["500\u202f000 EUR"]}),
    ("In no event shall either party's aggregate liability exceed the fees paid in the twelve (12) "
     "months preceding the claim.",
     {"liability_cap": ["the fees paid in the twelve (12) months preceding the claim"]}),
    ("Le montant total des dommages et intérêts que le Prestataire peut être amené à verser est "
     "limité aux sommes perçues au cours des six (6) derniers mois.",
     {"liability_cap": ["sommes perçues au cours des six (6) derniers mois"]}),
    ("Le montant total des pénalités d'un mois ne peut excéder dix pour cent (10 %) de la "
     "redevance mensuelle.", {"penalty": ["10 %"]}),
    ("En cas de non-respect, le prestataire est redevable de pénalités égales à 2 % de la "
     "redevance mensuelle.", {"penalty": ["2 %"]}),
    ("Le prestataire restitue les données dans un délai de trente (30) jours.",
     {"data_return_deadline": ["30 jours"]}),
    ("Upon termination, Provider shall provide transition assistance for a period of up to six "
     "(6) months.", {"transition_period": ["6 months"]}),
    ("Invoices are payable within thirty (30) days of receipt.", {"payment_terms": ["30 days"]}),
    ("Les Parties s'engagent, pendant la durée du présent contrat et pour cinq ans après sa "
     "cessation, à la plus grande discrétion.", {}),
    ("Tout retard de paiement entraîne des pénalités de retard au taux de 10 %.", {}),
])
def test_values_of_a_sentence(sentence, expected):
    assert _values(sentence) == expected


def test_a_value_keeps_its_sentence_page_and_section():
    chunks = _chunks("Préambule sans valeur.",
                     "Les prestations démarrent en janvier. Le préavis de résiliation est de trois "
                     "(3) mois.")
    notice = extract_values(chunks)["notice"][0]
    assert notice.to_json() == {
        "value": "3 mois", "quantity": 3.0, "unit": "months", "page": 2,
        "section": "Article 2 – Clause",
        "text": "Le préavis de résiliation est de trois (3) mois."}


def test_at_most_five_values_per_kind_in_document_order():
    texts = [f"Either party may terminate on {n} days' notice." for n in range(10, 80, 10)]
    notices = extract_values(_chunks(*texts))["notice"]
    assert [v.value for v in notices] == ["10 days", "20 days", "30 days", "40 days", "50 days"]


def test_share_capital_of_a_company_is_not_a_liability_cap() -> None:
    chunks = [Chunk("d", 0, "La société Alpha, société à responsabilité limitée au capital de "
                            "120 000 €, immatriculée au RCS de Lyon.", 1, 1),
              Chunk("d", 1, "La responsabilité du Prestataire est limitée à 500 000 € par année "
                            "contractuelle.", 2, 2)]
    caps = extract_values(chunks)["liability_cap"]
    assert [c.page for c in caps] == [2]
