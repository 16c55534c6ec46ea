"""How answers are worded in French and English: sentences, value labels, quotes."""
from __future__ import annotations

from assistant.models import Citation, Finding

from .questions import TOPICS_BY_ID, Question

TEXTS = {
    "fr": {
        "about": "Ce que prévoit le contrat sur « {label} » :",
        "closest": "Passages du contrat les plus proches de la question :",
        "no_value": "Le contrat ne semble pas fixer de « {value} » : rien de tel n'a été "
                    "trouvé. Ce qu'il prévoit sur « {label} » :",
        "also": "Le contrat mentionne aussi : {value} ({where}).",
        "in_words": "{label} : aucune durée chiffrée ; le contrat prévoit « {words} ».",
        "yes": "Oui : le contrat traite de « {label} » (point de contrôle : présent).",
        "partial": "En partie : le contrat aborde « {label} », mais des éléments manquent : "
                   "{missing}.",
        "partial_bare": "En partie : le contrat aborde « {label} » de façon incomplète.",
        "lacks_point": "Non : le contrat ne traite pas de « {element} » ; sur « {label} », il ne "
                       "prévoit que ce qui est cité ci-dessous (point de contrôle : partiel).",
        "absent_but": "Le point de contrôle « {label} » est classé absent ; le passage le plus "
                      "proche est le suivant :",
        "not_addressed": "Le contrat ne traite pas de « {label} » : aucun passage ne couvre ce "
                         "point (point de contrôle « {id} » : absent).",
        "not_found": "Le contrat ne traite pas de cette question : aucun passage pertinent n'a "
                     "été trouvé.",
        "recommendation": "Recommandation : {text}",
        "guidance": "Ce que recommandent les guides de référence :",
        "best_practice": "Ce qu'une bonne clause « {label} » doit prévoir, d'après les guides "
                         "de référence :",
        "best_practice_any": "Ce que recommandent les guides de référence :",
        "in_contract": "Dans ce contrat, le point « {label} » est {status}{missing}.",
        "missing_items": "Mentions {which}absentes ou incomplètes ({count}) :",
        "required": "obligatoires ",
        "none_missing": "Toutes les mentions {which}du référentiel sont présentes.",
        "item_absent": "- {label} : absente",
        "item_partial": "- {label} : incomplète{missing}",
        "missing_in": "Pour « {label} », il manque : {missing}.",
        "complete": "La clause « {label} » couvre tous les points attendus.",
        "no_document": "Aucun contrat n'est indexé : ajoutez un document pour poser cette "
                       "question.",
        "llm_down": "Le modèle de langage n'a pas répondu ({reason}) : réponse extractive.",
        "llm_ungrounded": "La réponse du modèle n'était pas assez étayée par les passages cités : "
                          "réponse extractive.",
        "llm_dropped": "{count} phrase(s) retirée(s) de la réponse du modèle : non étayée(s) par "
                       "les passages cités.",
        "status": {"present": "présent", "partial": "partiel", "absent": "absent"},
        "lacking": " (manque : {missing})",
        "page": "p. {page}",
        "guide": "guide {document}",
        "quote": "« {text} » ({where})",
    },
    "en": {
        "about": "What the contract says about “{label}”:",
        "closest": "Passages of the contract closest to the question:",
        "no_value": "The contract does not appear to set a {value}: none was found. What it "
                    "says about “{label}”:",
        "also": "The contract also states: {value} ({where}).",
        "in_words": "{label}: no figure is set; the contract says “{words}”.",
        "yes": "Yes: the contract addresses “{label}” (checklist item: present).",
        "partial": "Partly: the contract addresses “{label}”, but some points are missing: "
                   "{missing}.",
        "partial_bare": "Partly: the contract addresses “{label}” incompletely.",
        "lacks_point": "No: the contract does not address “{element}”; on “{label}” it only "
                       "provides what is quoted below (checklist item: partial).",
        "absent_but": "The checklist item “{label}” is rated absent; the closest passage is:",
        "not_addressed": "The contract does not address “{label}”: no passage covers it "
                         "(checklist item “{id}”: absent).",
        "not_found": "The contract does not address this question: no relevant passage was found.",
        "recommendation": "Recommendation: {text}",
        "guidance": "What the reference guides recommend:",
        "best_practice": "What a good “{label}” clause should contain, according to the "
                         "reference guides:",
        "best_practice_any": "What the reference guides recommend:",
        "in_contract": "In this contract, “{label}” is {status}{missing}.",
        "missing_items": "{which}mentions absent or incomplete ({count}):",
        "required": "Required ",
        "none_missing": "All {which}mentions of the checklist are present.",
        "item_absent": "- {label}: absent",
        "item_partial": "- {label}: incomplete{missing}",
        "missing_in": "For “{label}”, missing: {missing}.",
        "complete": "The “{label}” clause covers every expected point.",
        "no_document": "No contract is indexed: add a document to ask this question.",
        "llm_down": "The language model did not answer ({reason}); showing the extractive answer.",
        "llm_ungrounded": "The model's answer was not supported well enough by the cited "
                          "passages; showing the extractive answer.",
        "llm_dropped": "{count} sentence(s) removed from the model's answer: not supported by "
                       "the cited passages.",
        "status": {"present": "present", "partial": "partial", "absent": "absent"},
        "lacking": " (missing: {missing})",
        "page": "p. {page}",
        "guide": "guide {document}",
        "quote": "“{text}” ({where})",
    },
}

VALUE_LABELS = {
    "term": ("Durée", "Term"),
    "renewal": ("Reconduction", "Renewal"),
    "notice": ("Préavis", "Notice period"),
    "availability": ("Disponibilité", "Availability"),
    "response_time": ("Délai d'intervention ou de rétablissement", "Response or restore time"),
    "penalty": ("Pénalités", "Penalties"),
    "liability_cap": ("Plafond de responsabilité", "Liability cap"),
    "governing_law": ("Droit applicable", "Governing law"),
    "jurisdiction": ("Juridiction compétente", "Jurisdiction"),
    "transition_period": ("Période de transition", "Transition period"),
    "price": ("Prix", "Price"),
    "governing_law_implied": ("Droit applicable (déduit de la juridiction désignée)",
                              "Governing law (implied by the chosen court)"),
    "penalty_cap": ("Plafond des pénalités", "Penalty cap"),
    "cure_period": ("Délai pour remédier au manquement", "Cure period"),
    "deletion_delay": ("Délai de suppression des données", "Deletion period"),
    "retention_period": ("Durée de conservation", "Retention period"),
    "hosting_location": ("Lieu d'hébergement", "Hosting location"),
    "data_return_deadline": ("Délai de restitution des données", "Data return deadline"),
    "payment_terms": ("Délai de paiement", "Payment terms"),
    # A figure read from the sentence that answers, labelled by what the question asked for.
    "duration": ("Délai ou durée", "Period"),
    "percent": ("Taux", "Rate"),
    "money": ("Montant", "Amount"),
    "place": ("Lieu", "Place"),
}
# Laws a reader names by their adjective: "droit français" / "French law".
_LAWS = {
    "France": ("droit français", "French law"), "Belgique": ("droit belge", "Belgian law"),
    "Belgium": ("droit belge", "Belgian law"), "Suisse": ("droit suisse", "Swiss law"),
    "Switzerland": ("droit suisse", "Swiss law"),
    "Luxembourg": ("droit luxembourgeois", "Luxembourg law"),
    "England": ("droit anglais", "English law"),
    "England and Wales": ("droit anglais (Angleterre et pays de Galles)", "English law"),
    "Angleterre": ("droit anglais", "English law"),
    "Germany": ("droit allemand", "German law"), "Allemagne": ("droit allemand", "German law"),
}
# Open-ended terms, said in the reader's language with the contract's own words beside.
_OPEN_ENDED = {"durée indéterminée": ("durée indéterminée", "indefinite term (durée "
                                      "indéterminée)"),
               "indefinite term": ("durée indéterminée (indefinite term)", "indefinite term")}


def item_label_for(q: Question) -> str:
    """The item an answer is about; a follow-up on a clause names the clause and the point."""
    if not q.topic:
        return ""
    label = TOPICS_BY_ID[q.topic].label(q.language)
    if q.context_topic:
        label = f"{TOPICS_BY_ID[q.context_topic].label(q.language)} ({q.focus or label})"
    return label


def finding_label(finding: Finding, language: str) -> str:
    """A checklist item's label in the question's language."""
    topic = TOPICS_BY_ID.get(finding.id)
    return topic.label(language) if topic else finding.label


def value_label(kind: str, language: str) -> str:
    """"plafond de responsabilité" / "liability cap", to name a value inside a sentence."""
    fr, en = VALUE_LABELS.get(kind, (kind, kind))
    label = fr if language == "fr" else en
    return label[0].lower() + label[1:]


def value_line(kind: str, value: str, language: str) -> str:
    """"Préavis : 6 mois." / "Notice period: 6 months." """
    fr, en = VALUE_LABELS.get(kind, (kind, kind))
    label = fr if language == "fr" else en
    shown = value_text(kind, value, language)
    return f"{label} : {shown}." if language == "fr" else f"{label}: {shown}."


def value_text(kind: str, value: str, language: str) -> str:
    """A value as the reader says it: "French law (France)", "durée indéterminée"."""
    index = 0 if language == "fr" else 1
    if kind.startswith("governing_law") and value in _LAWS:
        said = _LAWS[value][index]
        return said if language == "fr" else f"{said} ({value})"
    if value in _OPEN_ENDED:
        return _OPEN_ENDED[value][index]
    return value


def where(page: int, section: str, language: str, document: str = "") -> str:
    """"p. 3, Article 9 – Réversibilité" (with the file name first when several are asked)."""
    parts = [document] if document else []
    parts.append(TEXTS[language]["page"].format(page=page))
    if section:
        parts.append(section)
    return ", ".join(parts)


def quote(citation: Citation, language: str, name_document: bool) -> str:
    """A passage in quotation marks followed by where it comes from."""
    t = TEXTS[language]
    if citation.source == "reference":
        location = t["guide"].format(document=citation.document)
    else:
        location = where(citation.page, citation.section, language,
                         citation.document if name_document else "")
    return t["quote"].format(text=citation.text, where=location)
