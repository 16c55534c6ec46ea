"""Reversibility analysis: sub-criteria with evidence; stated period, deadline, format, costs."""
from __future__ import annotations

from assistant.analysis.playbooks import load_playbook
from assistant.analysis.reversibility import analyse
from assistant.models import Chunk, Finding

ITEM = load_playbook("infogerance").item("reversibility")
FOUND = Finding("reversibility", "Réversibilité", "present", 0.9, "required")


def _region(text: str) -> list[Chunk]:
    return [Chunk("doc", 0, text, page=7, page_end=7, section_number="Article 18",
                  section_title="Réversibilité")]


CLAUSE_FR = (
    "À l'échéance du contrat ou en cas de résiliation anticipée, quelle qu'en soit la cause, le "
    "Prestataire met en œuvre le plan de réversibilité. La période de transition dure six (6) "
    "mois, pendant laquelle le Prestataire assure la continuité du service. Il restitue "
    "l'ensemble des données au format CSV dans un délai de trente (30) jours. Les prestations "
    "de réversibilité sont incluses dans le prix forfaitaire.")


def test_each_sub_criterion_gets_a_status_and_evidence():
    result = analyse(ITEM, FOUND, _region(CLAUSE_FR), "fr")
    statuses = {c["id"]: c["status"] for c in result["sub_criteria"]}
    assert statuses == {"plan": "present", "triggers": "present", "transition_period": "present",
                        "assistance": "absent", "data_return": "present",
                        "documentation": "absent", "continuity": "present", "cost": "present",
                        "deletion": "absent", "staff_assets": "absent"}
    plan = result["sub_criteria"][0]
    assert plan["label"] == "Plan de réversibilité"
    assert plan["evidence"] == [{"page": 7, "section": "Article 18 – Réversibilité",
                                 "text": "À l'échéance du contrat ou en cas de résiliation "
                                         "anticipée, quelle qu'en soit la cause, le Prestataire "
                                         "met en œuvre le plan de réversibilité."}]


def test_the_values_stated_by_the_clause_are_extracted():
    values = analyse(ITEM, FOUND, _region(CLAUSE_FR), "fr")["values"]
    assert values["transition_period"]["value"] == "6 mois"
    assert values["data_return_deadline"]["value"] == "30 jours"
    assert values["data_format"]["value"] == "CSV"
    assert values["costs"]["value"] == "incluse dans le prix"
    assert values["triggers"] == ["arrivée du terme", "résiliation", "toute fin du contrat"]


def test_english_clause_with_paid_assistance():
    clause = ("Upon expiration or termination for any reason, the Provider shall provide "
              "termination assistance to the Customer or its successor provider for up to ninety "
              "(90) days, at the then-current rates.")
    result = analyse(ITEM, FOUND, _region(clause), "en")
    assert result["values"]["transition_period"]["value"] == "90 days"
    assert result["values"]["costs"]["value"] == "charged on top"
    assert {c["id"] for c in result["sub_criteria"] if c["status"] == "present"} >= {
        "triggers", "transition_period", "assistance", "cost"}


def test_an_absent_clause_has_every_sub_criterion_absent_and_no_values():
    missing = Finding("reversibility", "Reversibility", "absent", 0.8, "required")
    result = analyse(ITEM, missing, [], "en")
    assert result["status"] == "absent"
    assert {c["status"] for c in result["sub_criteria"]} == {"absent"}
    assert result["values"] == {"transition_period": None, "data_return_deadline": None,
                                "data_format": None, "costs": None, "triggers": []}


def test_a_sub_criterion_is_present_only_with_a_sentence_that_states_it():
    clause = ("Les prestations n'incluent aucune obligation de réversibilité. Aucune période de "
              "transition n'est prévue. Le Client peut exporter ses données dans un délai de "
              "trente (30) jours par l'interface d'export.")
    result = analyse(ITEM, FOUND, _region(clause), "fr")
    statuses = {c["id"]: c["status"] for c in result["sub_criteria"]}
    # "délai de trente jours" is the client's export window, not a transition period.
    assert statuses["transition_period"] == "absent"
    assert statuses["data_return"] == "absent"
    assert statuses["plan"] == "absent"


def test_every_present_sub_criterion_quotes_a_sentence_matching_it():
    result = analyse(ITEM, FOUND, _region(CLAUSE_FR), "fr")
    for criterion in result["sub_criteria"]:
        assert (criterion["status"] == "present") == bool(criterion["evidence"])
        for quote in criterion["evidence"]:
            assert quote["text"] in CLAUSE_FR


def test_the_deadline_of_the_plan_is_not_a_transition_period():
    clause = ("Le Prestataire remet au Client, dans un délai de trois (3) mois à compter de la "
              "signature, un plan de réversibilité. La réversibilité se déroule sur une période "
              "de transition de six (6) mois.")
    transition = next(c for c in analyse(ITEM, FOUND, _region(clause), "fr")["sub_criteria"]
                      if c["id"] == "transition_period")
    assert [e["text"] for e in transition["evidence"]] == [
        "La réversibilité se déroule sur une période de transition de six (6) mois."]
