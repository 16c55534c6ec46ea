"""A contract against the reference corpus's model clauses (the guides in corpus/)."""
from __future__ import annotations

from pathlib import Path

from assistant.comparison import compare_to_models
from assistant.comparison.template import model_clauses
from assistant.index.corpus import load_guides

from .test_compare import PLAYBOOK, SLA, edited, version

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_each_item_has_its_model_clause_in_both_languages() -> None:
    guides = load_guides(CORPUS)
    french, english = model_clauses(guides, "fr"), model_clauses(guides, "en")
    ids = [item.id for item in PLAYBOOK.items]
    assert set(ids) <= set(french) and set(ids) <= set(english)
    liability = french["liability"]
    assert liability.heading == "Article 18 – Responsabilité"
    assert liability.text.startswith("18.1.") and "**" not in liability.text
    assert liability.guide.path == "corpus/fr/liability.md"


def test_a_lower_target_than_the_model_is_worse_and_an_absent_clause_too() -> None:
    contract = version("contrat.pdf", edited(1, SLA.replace("99,8", "99,5")),
                       {"business_continuity": "absent"})
    comparison = compare_to_models(contract, PLAYBOOK, load_guides(CORPUS))
    assert comparison.mode == "corpus"
    sla = comparison.item("service_levels")
    assert sla.verdict == "worse"
    assert "disponibilité : 99,9 % (modèle) → 99,5 %" in sla.reasons
    assert sla.old_evidence[0].document == "corpus/fr/service_levels.md"
    continuity = comparison.item("business_continuity")
    assert continuity.reasons == ("aucune clause du contrat ne correspond au modèle",)
    assert comparison.articles[continuity.articles[0]].change == "removed"
    # A term or a court in a model clause is an example, not a target.
    assert comparison.item("duration").verdict == "same"
