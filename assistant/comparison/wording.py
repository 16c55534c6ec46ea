"""The comparison's words in French and English: reasons, verdicts, field and export labels."""
from __future__ import annotations

LANGUAGES = ("fr", "en")

TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Comparaison de contrats", "title_corpus": "Comparaison au modèle",
        "old": "Ancienne version", "new": "Nouvelle version", "model": "Modèle (corpus)",
        "model_word": "modèle",
        "sha256": "Empreinte SHA-256", "playbook": "Référentiel", "date": "Date",
        "summary": "Synthèse", "no_change": "Aucune différence : les deux versions disent la "
        "même chose, article par article.", "items": "Points du référentiel",
        "item": "Point", "status": "Statut", "verdict": "Verdict", "reasons": "Raisons",
        "changes": "Valeurs", "field": "Élément", "before": "Avant", "after": "Après",
        "articles": "Articles", "article": "Article", "change": "Changement",
        "similarity": "Similarité", "redline": "Modifications", "details": "Détail des points "
        "modifiés", "old_quotes": "Ancienne version", "new_quotes": "Nouvelle version",
        "none_quoted": "Aucun passage.", "p": "p. {page}", "colon": " :",
        "legend": "Texte barré : supprimé ; texte souligné : ajouté.",
        "status_change": "statut : {old} → {new}",
        "field_change": "{label} : {old} → {new}",
        "field_added": "{label} : — → {new}", "field_removed": "{label} : {old} → —",
        "cap_added": "responsabilité désormais plafonnée à {new}",
        "cap_removed": "plafond de responsabilité supprimé (était {old})",
        "article_removed": "article supprimé : {heading}",
        "article_added": "article ajouté : {heading}",
        "wording": "rédaction modifiée : {heading}",
        "assessment_change": "appréciation : {old} → {new}",
        "model_absent": "aucune clause du contrat ne correspond au modèle",
        "model_partial": "clause partielle par rapport au modèle",
        "model_value": "{label} : {old} (modèle) → {new}",
        "model_missing_value": "{label} : {old} (modèle) → non précisé",
        "model_assessment": "appréciation : {new}",
        "untitled": "(sans titre)",
    },
    "en": {
        "title": "Contract comparison", "title_corpus": "Comparison with the model",
        "old": "Old version", "new": "New version", "model": "Model (corpus)",
        "model_word": "model",
        "sha256": "SHA-256 fingerprint", "playbook": "Playbook", "date": "Date",
        "summary": "Summary", "no_change": "No change: both versions say the same, article by "
        "article.", "items": "Playbook items",
        "item": "Item", "status": "Status", "verdict": "Verdict", "reasons": "Reasons",
        "changes": "Values", "field": "Field", "before": "Before", "after": "After",
        "articles": "Articles", "article": "Article", "change": "Change",
        "similarity": "Similarity", "redline": "Redline", "details": "Changed items in detail",
        "old_quotes": "Old version", "new_quotes": "New version",
        "none_quoted": "No passage.", "p": "p. {page}", "colon": ":",
        "legend": "Struck-through text: deleted; underlined text: inserted.",
        "status_change": "status: {old} → {new}",
        "field_change": "{label}: {old} → {new}",
        "field_added": "{label}: — → {new}", "field_removed": "{label}: {old} → —",
        "cap_added": "liability now capped at {new}",
        "cap_removed": "liability cap removed (was {old})",
        "article_removed": "article removed: {heading}",
        "article_added": "article added: {heading}",
        "wording": "wording changed: {heading}",
        "assessment_change": "assessment: {old} → {new}",
        "model_absent": "no clause of the contract matches the model",
        "model_partial": "clause partial compared with the model",
        "model_value": "{label}: {old} (model) → {new}",
        "model_missing_value": "{label}: {old} (model) → not stated",
        "model_assessment": "assessment: {new}",
        "untitled": "(untitled)",
    },
}

STATUS = {"fr": {"present": "présent", "partial": "partiel", "absent": "absent"},
          "en": {"present": "present", "partial": "partial", "absent": "absent"}}
VERDICTS = {"fr": {"worse": "moins favorable", "better": "plus favorable", "changed": "modifié",
                   "same": "inchangé"},
            "en": {"worse": "worse", "better": "better", "changed": "changed", "same": "same"}}
CHANGES = {"fr": {"same": "identique", "modified": "modifié", "added": "ajouté",
                  "removed": "supprimé"},
           "en": {"same": "same", "modified": "modified", "added": "added", "removed": "removed"}}
LEVELS = {"fr": {"adequate": "adéquate", "weak": "faible", "restrictive": "restrictive",
                 "not_assessed": "non évaluée"},
          "en": {"adequate": "adequate", "weak": "weak", "restrictive": "restrictive",
                 "not_assessed": "not assessed"}}
FIELDS = {
    "fr": {"term": "durée", "renewal": "reconduction", "notice": "préavis",
           "availability": "disponibilité", "response_time": "délai d'intervention ou de "
           "rétablissement", "penalty": "pénalité", "penalty_cap": "plafond des pénalités",
           "liability_cap": "plafond de responsabilité",
           "transition_period": "période de réversibilité",
           "data_return_deadline": "délai de restitution des données",
           "data_format": "format de restitution des données",
           "governing_law": "droit applicable", "jurisdiction": "juridiction",
           "hosting": "lieu d'hébergement", "payment_terms": "délai de paiement"},
    "en": {"term": "term", "renewal": "renewal", "notice": "notice period",
           "availability": "availability", "response_time": "response or restore time",
           "penalty": "penalty", "penalty_cap": "penalty cap", "liability_cap": "liability cap",
           "transition_period": "reversibility period",
           "data_return_deadline": "data-return deadline",
           "data_format": "data-return format", "governing_law": "governing law",
           "jurisdiction": "jurisdiction", "hosting": "hosting place",
           "payment_terms": "payment terms"},
}


def language(chosen: str | None, fallback: str) -> str:
    """The output language: the one asked for, else the documents', else English."""
    for candidate in (chosen, fallback):
        if candidate in LANGUAGES:
            return candidate
    return "en"


def say(lang: str, key: str, **values: object) -> str:
    template = TEXT[lang][key]
    return template.format(**values) if values else template


def field_label(field: str, lang: str) -> str:
    return FIELDS[lang].get(field, field.replace("_", " "))


def status(value: str, lang: str) -> str:
    return STATUS[lang].get(value, value)


def verdict(value: str, lang: str) -> str:
    return VERDICTS[lang].get(value, value)


def change(value: str, lang: str) -> str:
    return CHANGES[lang].get(value, value)


def level(value: str, lang: str) -> str:
    return LEVELS[lang].get(value, value)
