"""The supplier's counter-proposal to the complete contract: six known edits, for the comparison.

The text is the complete sample's with exact replacements, each applied once, so the two files
differ by these edits only: a shorter term, a lower availability target, a lower penalty cap,
the business-continuity article deleted, a lower liability cap (three months of fees instead of
twelve), and the insurance article moved up and renumbered with its text unchanged.
"""
from __future__ import annotations

from ..model import Sample, statuses
from . import fr_complet

OLD_FILE = fr_complet.SAMPLE.file
NEW_FILE = "fr-infogerance-complet-v2.pdf"

_CONTINUITY = fr_complet.MARKUP[fr_complet.MARKUP.index("# Article 14 – Continuité de service"):
                                fr_complet.MARKUP.index("# Article 15 – Protection")]
_INSURANCE = fr_complet.MARKUP[fr_complet.MARKUP.index("# Article 22 – Assurances"):
                               fr_complet.MARKUP.index("# Article 23 – Résiliation")]

# (old text, new text): each old text occurs exactly once in the complete sample.
EDITS: tuple[tuple[str, str], ...] = (
    ("durée ferme de trois (3) ans à compter de la Date de démarrage,\nsoit jusqu'au 31 décembre "
     "2027.",
     "durée ferme de deux (2) ans à compter de la Date de démarrage,\nsoit jusqu'au 31 décembre "
     "2026."),
    ("applications critiques est de 99,8 % par mois",
     "applications critiques est de 99,5 % par mois"),
    ("hors maintenances planifiées | 99,8 % |", "hors maintenances planifiées | 99,5 % |"),
    ("critiques inférieure à 99,8 %", "critiques inférieure à 99,5 %"),
    ("plafonné à quinze pour cent (15 %) de la mensualité",
     "plafonné à dix pour cent (10 %) de la mensualité"),
    ("plafonnée au montant total des sommes versées par le Client au cours des douze (12) derniers "
     "mois\nprécédant le fait générateur.",
     "plafonnée à un montant égal à trois (3) mensualités de la redevance forfaitaire."),
    (_INSURANCE, ""),
    (_CONTINUITY, _INSURANCE.replace("Article 22 – Assurances", "Article 14 – Assurances")),
)


def _edited(markup: str) -> str:
    for old, new in EDITS:
        if markup.count(old) != 1:
            raise ValueError(f"the complete sample no longer contains exactly once: {old[:60]!r}")
        markup = markup.replace(old, new)
    return markup


SAMPLE = Sample(
    file=NEW_FILE,
    language="fr",
    kind="infogerance",
    title="Contrat d'infogérance complet – contre-proposition du prestataire (version 2)",
    description="La version 2 du contrat complet renvoyée par le prestataire : durée, "
                "disponibilité, plafond des pénalités et de responsabilité revus à la baisse, "
                "article de continuité supprimé, article des assurances déplacé.",
    markup=_edited(fr_complet.MARKUP),
    layout=fr_complet.SAMPLE.layout,
    clauses=statuses(
        present=" ".join([
            "services_scope duration staff_transfer data_protection ip_ownership liability",
            "insurance place_of_performance change_management confidentiality reversibility",
            "service_levels penalties termination audit subcontracting security governance",
            "governing_law price_revision pricing"]),
        partial="business_continuity"),
    values={**fr_complet.SAMPLE.values, "term": "deux (2) ans", "availability": "99,5 %",
            "penalty_cap": "10 %", "liability_cap": "trois (3) mensualités de la redevance "
                                                    "forfaitaire",
            "rto": "", "rpo": ""},
    notes={"business_continuity": "Article 14 (PCA/PRA) supprimé ; seul subsiste le centre de "
                                  "secours de Lille (article 5)."},
)

# What comparing the complete sample (old) with this version (new) must find, and nothing else:
# per playbook item the verdict for the client and a fragment of each reason's values; per
# article, the headings of what was removed, modified or renumbered.
COMPARISON = {
    "old": OLD_FILE,
    "new": NEW_FILE,
    "items": {
        "duration": {"verdict": "changed", "changes": [["term", "3 ans", "2 ans"]]},
        "service_levels": {"verdict": "worse",
                           "changes": [["availability", "99,8 %", "99,5 %"]]},
        "penalties": {"verdict": "worse", "changes": [["penalty_cap", "15 %", "10 %"]]},
        "liability": {"verdict": "worse", "changes": [["liability_cap", "12", "3"]]},
        "business_continuity": {"verdict": "worse", "removed": ["Article 14 – Continuité de "
                                                                "service"]},
    },
    "articles": {
        "removed": ["Article 14 – Continuité de service"],
        "added": [],
        "modified": ["6.2 – Durée", "9.1 – Engagements", "Article 10 – Pénalités",
                     "Article 21 – Responsabilité"],
        "renumbered_unchanged": [["Article 22 – Assurances", "Article 14 – Assurances"]],
    },
}
