"""Bilingual contract vocabulary: an English query finds a French clause by its words, and back."""
from __future__ import annotations

# English term -> French terms; read both ways. Domain words only: general language is left to
# the embedding model.
EN_TO_FR: dict[str, tuple[str, ...]] = {
    "reversibility": ("réversibilité", "restitution", "transférabilité"),
    "exit": ("réversibilité", "sortie"),
    "transition": ("transition", "transfert"),
    "termination": ("résiliation", "fin"),
    "terminate": ("résilier",),
    "notice": ("préavis",),
    "term": ("durée",),
    "duration": ("durée",),
    "renewal": ("reconduction", "renouvellement"),
    "price": ("prix", "forfait"),
    "fee": ("redevance", "forfait", "prix"),
    "fees": ("redevances", "prix"),
    "payment": ("paiement", "facturation", "règlement"),
    "invoice": ("facture", "facturation"),
    "indexation": ("révision", "indexation"),
    "revision": ("révision",),
    "liability": ("responsabilité",),
    "cap": ("plafond", "plafonnée"),
    "damages": ("dommages",),
    "insurance": ("assurance",),
    "penalty": ("pénalité", "pénalités"),
    "penalties": ("pénalités",),
    "credits": ("pénalités", "avoirs"),
    "availability": ("disponibilité",),
    "service": ("service", "prestation", "prestations"),
    "services": ("prestations", "services"),
    "level": ("niveau",),
    "levels": ("niveaux",),
    "response": ("intervention", "réponse"),
    "restore": ("rétablissement",),
    "resolution": ("résolution", "rétablissement"),
    "confidentiality": ("confidentialité",),
    "confidential": ("confidentielles", "confidentiel"),
    "data": ("données",),
    "personal": ("personnelles", "personnel"),
    "protection": ("protection",),
    "processor": ("sous-traitant",),
    "subcontracting": ("sous-traitance",),
    "subcontractor": ("sous-traitant",),
    "audit": ("audit", "contrôle"),
    "security": ("sécurité",),
    "staff": ("personnel", "salariés"),
    "employees": ("salariés", "personnel"),
    "transfer": ("transfert",),
    "ownership": ("propriété",),
    "intellectual": ("intellectuelle",),
    "property": ("propriété",),
    "software": ("logiciels",),
    "licence": ("licence",),
    "license": ("licence",),
    "law": ("droit", "loi"),
    "governing": ("applicable",),
    "jurisdiction": ("juridiction", "tribunal", "tribunaux", "compétence"),
    "court": ("tribunal",),
    "courts": ("tribunaux",),
    "continuity": ("continuité",),
    "disaster": ("sinistre", "secours"),
    "recovery": ("reprise",),
    "governance": ("gouvernance", "pilotage"),
    "committee": ("comité",),
    "change": ("évolution", "changement", "modification"),
    "location": ("lieu", "localisation"),
    "place": ("lieu",),
    "scope": ("objet", "périmètre"),
    "obligations": ("obligations",),
    "return": ("restitution",),
    "deletion": ("suppression", "destruction"),
    "format": ("format",),
    "period": ("période", "délai"),
    "months": ("mois",),
    "days": ("jours",),
    "years": ("ans", "années"),
    "hours": ("heures",),
}

FR_TO_EN: dict[str, tuple[str, ...]] = {}
for _en, _frs in EN_TO_FR.items():
    for _fr in _frs:
        FR_TO_EN.setdefault(_fr, ())
        if _en not in FR_TO_EN[_fr]:
            FR_TO_EN[_fr] = FR_TO_EN[_fr] + (_en,)


def translations(word: str) -> tuple[str, ...]:
    """Equivalent terms in the other language for a lower-case word (empty when unknown)."""
    return EN_TO_FR.get(word, ()) + FR_TO_EN.get(word, ())


def translations_into(word: str, language: str) -> tuple[str, ...]:
    """Equivalent terms of `language` ("fr" or "en") for a lower-case word of the other one."""
    return (EN_TO_FR if language == "fr" else FR_TO_EN).get(word, ())
