"""Reversibility (exit) analysis: sub-criteria with evidence; periods, format, costs, triggers."""
from __future__ import annotations

import re

from assistant.models import Chunk, Finding

from .assessment import denied
from .playbooks import Item, SubCriterion
from .signals import compile_cue, split_sentences
from .values import extract_values

_FORMAT = re.compile(
    r"\b(csv|xml|json|sql|xlsx?|odf|ods|pdf)\b|format[^.;]{0,40}?\b(standard|ouvert|open|agreed|convenu|"
    r"exploitable|usable|electronique|electronic|machine-readable|natif|native|interoperable|"
    r"reasonably requested|requested)\b|(standard|open|agreed|usable|machine-readable|electronic|"
    r"industry[- ]standard|commonly used) (data )?formats?")
_INCLUDED = re.compile(r"at no (additional |extra )?(cost|charge)|free of charge|"
                       r"without (additional )?charge|no additional (fee|charge|cost)|"
                       r"sans (frais|cout|surcout)|a titre gratuit|"
                       r"inclus(e|es)? dans (le|la) (prix|forfait|redevance)|compris(e|es)? dans")
_CHARGED = re.compile(r"at (the )?(customer|client|company|owner)'?s? (sole )?(cost|expense)|"
                      r"(then[- ]current|prevailing|agreed) (rates|fees|prices)|time and materials|"
                      r"a la charge (du client|de l'acheteur)|factur\w*|devis|au tarif|"
                      r"selon le bordereau|"
                      r"additional (fees|charges)|reimburse")
_TRANSITION_WORDS = re.compile(r"transition|p[ée]riode de r[ée]versibilit|wind-?down|"
                               r"disengagement")
_TRIGGERS = {
    "expiration": re.compile(r"expir\w*|expiry|\bterme\b|echeance|arrivee a son terme|non-renewal|"
                             r"non-reconduction"),
    "termination": re.compile(r"terminat\w*|resiliation|resilie"),
    "any_cause": re.compile(r"for any reason|any (termination|expiration)|"
                            r"quelle qu'en soit la (cause|raison)|"
                            r"pour quelque (cause|raison)|whatever the cause"),
    "provider_failure": re.compile(r"insolven\w*|bankrupt\w*|liquidation|redressement|default|"
                                   r"defaillance|"
                                   r"material breach|manquement"),
}
_TRIGGER_LABELS = {
    "fr": {"expiration": "arrivée du terme", "termination": "résiliation",
           "any_cause": "toute fin du contrat", "provider_failure": "défaillance du prestataire"},
    "en": {"expiration": "expiry", "termination": "termination",
           "any_cause": "any end of the contract",
           "provider_failure": "provider failure"},
}
_COST_LABELS = {"fr": ("incluse dans le prix", "facturée en sus"),
                "en": ("included in the fees", "charged on top")}


def analyse(item: Item, finding: Finding, region: list[Chunk], language: str) -> dict:
    """The reversibility block of a report: sub-criteria with evidence, and the values stated."""
    empty = finding.status == "absent" or not region
    criteria = [_criterion(c, [] if empty else region, language) for c in item.sub_criteria]
    return {"status": finding.status, "sub_criteria": criteria,
            "values": _values([] if empty else region, language)}


# A sub-criterion's cue may be generic ("délai de trente jours", "fees"): the sentence quoted for
# it must also speak of what the criterion is about, or it does not state it.
_ABOUT = {
    # A deadline for delivering the plan ("dans un délai de trois mois ... un plan de
    # réversibilité") is not the transition period.
    "transition_period": re.compile(r"transition|(periode|phase|duree) de (la )?reversibilit|"
                                    r"exit period|termination assistance|wind-?down|"
                                    r"disengagement|continu\w* (a |d'|to )(executer|assurer|"
                                    r"fournir|provide|perform)|poursui\w* (l'execution|les "
                                    r"prestations)"),
    "cost": re.compile(r"reversibilit|transition|transferabilit|\bexit\b|assist|restitu|"
                       r"return|migration|transfer|reprise|sortie"),
    "continuity": re.compile(r"reversibilit|transition|transferabilit|\bexit\b|sortie|"
                             r"termination|expiration|fin du contrat|successor|nouveau "
                             r"(prestataire|titulaire)|prestataire entrant"),
    "assistance": re.compile(r"reversibilit|transition|transferabilit|\bexit\b|sortie|reprise|"
                             r"successeur|successor|nouveau (prestataire|titulaire)|entrant|"
                             r"migrat|transf|fin du contrat|termination|expiration"),
    # Documentation is transferred only when a sentence hands it over.
    "documentation": re.compile(r"remet|remise|transmet|transmission|transf|communiqu|livr|"
                                r"deliver|hand\w* over|provide|fourni|met a (la )?disposition|"
                                r"make available|turn over"),
}


def _criterion(criterion: SubCriterion, region: list[Chunk], language: str) -> dict:
    side = criterion.cues.fr if language == "fr" else criterion.cues.en
    patterns = [compile_cue(p) for p in side.patterns]
    about = _ABOUT.get(criterion.id)
    evidence = []
    for chunk in region:
        for sentence in split_sentences(chunk.text):
            if _states(patterns, sentence.folded) and (about is None
                                                       or about.search(sentence.folded)):
                evidence.append({"page": chunk.page, "section": chunk.section,
                                 "text": chunk.text[sentence.start:sentence.end]})
                break
        if len(evidence) == 2:
            break
    return {"id": criterion.id, "label": criterion.label.get(language),
            "status": "present" if evidence else "absent", "evidence": evidence}


def _states(patterns: list[re.Pattern[str]], folded: str) -> bool:
    """A pattern matches and is not denied ("aucune période de transition n'est prévue")."""
    return any(not denied(folded, m.start(), m.end())
               for p in patterns for m in p.finditer(folded))


def _values(region: list[Chunk], language: str) -> dict:
    extracted = extract_values(region)
    result: dict = {"transition_period": None, "data_return_deadline": None, "data_format": None,
                    "costs": None, "triggers": []}
    for kind, telling in (("transition_period", _TRANSITION_WORDS), ("data_return_deadline", None)):
        candidates = extracted.get(kind, [])
        # "a plan within six months of the start" also follows "réversibilité": prefer sentences
        # that speak of the transition itself.
        preferred = [v for v in candidates if telling and telling.search(v.text.lower())]
        if candidates:
            value = (preferred or candidates)[0]
            result[kind] = {"value": value.value, "page": value.page, "section": value.section,
                            "text": value.text}
    triggers: list[str] = []
    for chunk in region:
        for sentence in split_sentences(chunk.text):
            text = chunk.text[sentence.start:sentence.end]
            folded = sentence.folded
            if result["data_format"] is None and re.search(r"data|donnees|fichiers|format", folded):
                match = _FORMAT.search(folded)
                if match:
                    result["data_format"] = _quoted(text[match.start():match.end()], chunk, text)
            if result["costs"] is None:
                if _INCLUDED.search(folded):
                    result["costs"] = _quoted(_COST_LABELS[language][0], chunk, text)
                elif _CHARGED.search(folded) and re.search(r"assist|transition|reversib|transfer|"
                                                           r"migration|restitu|exit", folded):
                    result["costs"] = _quoted(_COST_LABELS[language][1], chunk, text)
            for name, pattern in _TRIGGERS.items():
                label = _TRIGGER_LABELS[language][name]
                if label not in triggers and pattern.search(folded) and _about_exit(folded):
                    triggers.append(label)
    result["triggers"] = triggers
    return result


def _about_exit(folded: str) -> bool:
    return bool(re.search(r"transition|reversib|transferab|exit|assist|restitu|return|successor|"
                          r"nouveau (prestataire|titulaire)|continue|transfer", folded))


def _quoted(value: str, chunk: Chunk, text: str) -> dict:
    return {"value": value, "page": chunk.page,
            "section": chunk.section, "text": text}
