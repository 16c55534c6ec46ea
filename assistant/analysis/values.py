"""Headline values a contract states (term, notice, SLA, cap, law...) with their sentence."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.models import Chunk, ExtractedValue

from .numbers import Quantity, find_quantities
from .signals import fold, split_sentences, without_company_forms

_MAX_PER_KIND = 5
_TIME_UNITS = {"days", "business days", "weeks", "months", "years", "hours", "business hours",
               "minutes"}
_LONG_UNITS = {"weeks", "months", "years"}

# Words that, placed shortly before a duration, say what the duration is (folded text).
_DURATION_TRIGGERS: dict[str, re.Pattern[str]] = {
    "notice": re.compile(r"notice|preavis|notification|notify|written request|prior written|"
                         r"avant (l'echeance|la date|le terme|son terme)|"
                         r"before (the )?(end|expiration)"),
    "renewal": re.compile(r"renew\w*|reconduct\w*|reconduit\w*|renouvel\w*|successive|"
                          r"additional (term|period)|extension|extended"),
    "transition_period": re.compile(r"transition|reversibilite|transferabilite|\bexit\b|"
                                    r"termination assistance|wind-?down|disengagement|"
                                    r"periode de reprise|continue to provide"),
    "data_return_deadline": re.compile(r"(return\w*|restitu\w*|hand over|deliver\w*|remettre|"
                                       r"remise)"
                                       r"[^.]{0,80}(data|donnees|fichiers|records|bases?)|"
                                       r"(data|donnees)[^.]{0,60}(return\w*|restitu\w*)"),
    "response_time": re.compile(r"respon(d|se)|intervention|intervenir|resolution|resolve|"
                                r"restor\w*|retablissement|correction|prise en charge|repair|"
                                r"acknowledge|\bgti\b|\bgtr\b"),
    "payment_terms": re.compile(r"payable|\bpaid\b|payment|invoice|factur\w*|paiement|reglement|"
                                r"\bnet\b"),
    "term": re.compile(r"initial (term|period)|term of (this|the) (agreement|contract)|"
                       r"(agreement|contract)[^.]{0,40}(continue|remain|effective|in force|valid)|"
                       r"\bterm\b|for a period of|pour une (duree|periode)|duree|conclue? pour|"
                       r"period of (this|the) agreement|effective for|valid for"),
}
_NOTICE_AFTER = re.compile(r"^\W{0,3}(s'|'s?)?\s*(\w+ ){0,2}(notice|preavis)|^\s*(de|d') preavis")
# A duration followed by these words runs after the contract (confidentiality, survival):
# it is not the contract's own term.
_AFTER_END = re.compile(r"^[^.;]{0,25}\b(after|following|thereafter|apres|suivant|"
                        r"a compter de (la|sa) "
                        r"(fin|cessation|expiration|resiliation))")

_AVAILABILITY = re.compile(r"availab|disponib|uptime")
_PENALTY = re.compile(r"penalt|penalit|service (level )?credits?|liquidated damages|abattement|"
                      r"refaction|malus")
_LATE_PAYMENT = re.compile(r"retard de paiement|late payment|interest|interets|l\.? ?441")
_CAP = re.compile(r"(liabilit\w*|responsabilite|dommages[- ]et[- ]interets|aggregate damages|"
                  r"montant (total|global|cumule) des (indemnites|reparations|condamnations))"
                  r"[^.]{0,200}(exceed|limited to|not to exceed|cap|"
                  r"plafon\w*|limitee?s? a|n'excedera|ne (pourra|saurait) exceder|in excess of)")
_PLACE = r"(?P<name>[A-Z][\w'-]+(?:(?:\s+|\s+and\s+|\s+of\s+)[A-Z][\w'-]+)*)"
_JURISDICTION_OF = (r"(?:the\s+)?(?:(?:state|commonwealth|province|republic|kingdom|"
                    r"people's republic)\s+of\s+)?")
_LAW_EN = re.compile(
    r"(?i:(?:governed|construed|interpreted|enforced)[^.;]{0,80}?\blaws?(?:[^.;]{0,60}?\s)?"
    r"\s*(?:of|in)\s+" + _JURISDICTION_OF + ")" + _PLACE)
# "The laws of the State of California shall govern ...", law first and verb after.
_LAW_FIRST = re.compile(r"(?i:\blaws?\s+of\s+" + _JURISDICTION_OF + ")" + _PLACE
                        + r"(?=[^.;]{0,120}\bgovern)")
# "... in accordance with the laws of that State ... in the State of New Jersey".
_LAW_OF_THAT_STATE = re.compile(r"(?i:laws of that state[^.;]{0,120}?\bstate\s+of\s+)" + _PLACE)
_LAW_BEFORE = re.compile(
    r"(?i:(?:governed|construed|interpreted|enforced)[^.;]{0,60}?\b(?:by|with|under)\s+(?:the\s+)?"
    r"(?:(?:internal|substantive)\s+)?)(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?i:\s+laws?)\b")
_LAW_ADJECTIVES = {
    "english": "England", "french": "France", "swiss": "Switzerland", "dutch": "the Netherlands",
    "german": "Germany", "irish": "Ireland", "scots": "Scotland", "scottish": "Scotland",
    "belgian": "Belgium", "luxembourg": "Luxembourg", "spanish": "Spain", "italian": "Italy",
    "francais": "France", "francaise": "France", "belge": "Belgique", "suisse": "Suisse",
    "luxembourgeois": "Luxembourg", "anglais": "Angleterre", "allemand": "Allemagne",
    "espagnol": "Espagne", "italien": "Italie",
}
_LAW_FR = re.compile(r"(soumise?s?|regie?s?|gouverne(e|s|es)?)\s+"
                     r"(au|a la|par le|par la|selon le)\s+"
                     r"(droit|loi)\s+(?P<adj>\w+)|(droit|loi)\s+applicable[^.;]{0,40}?\b(droit|loi)\s+"
                     r"(?P<adj2>\w+)|\bdroit\s+(?P<adj3>francais|belge|suisse|luxembourgeois)\b")
_LAW_ADJECTIVE_EN = re.compile(r"(?i:\b(?P<adj>english|french|swiss|dutch|german|irish|scots|"
                               r"scottish|belgian|luxembourg|spanish|italian)\s+law\b)")
_COURT_FR = re.compile(r"\b(tribunal|tribunaux|cour d'appel|juridictions?)\b"
                       r"(\s+(de commerce|judiciaire|administratif|competents?|"
                       r"du ressort de la cour d'appel))?\s+(de|d')\s*"
                       r"(?P<place>[A-Z][\w'-]+(?:[- ][A-Z][\w'-]+)*)", re.IGNORECASE)
_COURT_EN = re.compile(r"(?i:\bcourts?\b[^.;]{0,40}?\b(?:of|in|located in|sitting in|for)\s+"
                       r"(?:the\s+)?"
                       r"(?:(?:state|county|city|district|borough|commonwealth)\s+of\s+)?)"
                       r"(?P<place>[A-Z][\w'-]+(?:(?:,\s+|\s+)[A-Z][\w'-]+)*)")
_NOT_PLACES = {"The", "This", "Agreement", "Section", "Article", "Any", "Such", "Competent",
               "Law", "United", "Federal"}


def extract_values(chunks: Iterable[Chunk]) -> dict[str, list[ExtractedValue]]:
    """Every headline value found, by kind, in document order (at most five per kind)."""
    found: dict[str, list[ExtractedValue]] = {}
    seen: set[tuple[str, str, str]] = set()

    def add(value: ExtractedValue) -> None:
        key = (value.kind, value.value, value.text)
        bucket = found.setdefault(value.kind, [])
        if key not in seen and len(bucket) < _MAX_PER_KIND:
            seen.add(key)
            bucket.append(value)

    for chunk in chunks:
        for text, value in _passage_values(chunk.text):
            add(ExtractedValue(value.kind, value.value, text, chunk.page, chunk.section,
                               value.quantity, value.unit))
    return found


# A check reads the values of the whole contract and again of its reversibility clauses, and
# answers read them once more: each passage's sentences are parsed once.
@lru_cache(maxsize=8192)
def _passage_values(passage: str) -> tuple[tuple[str, ExtractedValue], ...]:
    found = []
    for sentence in split_sentences(passage):
        text = passage[sentence.start:sentence.end]
        found += [(text, value) for value in _sentence_values(text, sentence.folded)]
    return tuple(found)


def _sentence_values(text: str, folded: str) -> list[ExtractedValue]:
    values: list[ExtractedValue] = []
    quantities = find_quantities(text)
    capped = bool(_CAP.search(without_company_forms(folded)))
    for quantity in quantities:
        kind = _duration_kind(folded, quantity, capped) if quantity.unit in _TIME_UNITS else None
        if kind:
            values.append(_value(kind, quantity))
        elif quantity.unit == "%" and 80 <= quantity.amount <= 100 and _AVAILABILITY.search(folded):
            values.append(_value("availability", quantity))
    if _PENALTY.search(folded) and not _LATE_PAYMENT.search(folded):
        for quantity in quantities:
            if quantity.unit in ("%", "EUR", "USD", "GBP"):
                values.append(_value("penalty", quantity))
                break
    if capped:
        money = [q for q in quantities if q.unit in ("EUR", "USD", "GBP", "%")]
        if money:
            values.append(_value("liability_cap", money[0]))
        else:
            values.append(ExtractedValue("liability_cap", _cap_phrase(text, folded), text))
    law = governing_law(text)
    if law:
        values.append(ExtractedValue("governing_law", law, text))
    court = jurisdiction(text)
    if court:
        values.append(ExtractedValue("jurisdiction", court, text))
    return values


def _value(kind: str, quantity: Quantity) -> ExtractedValue:
    return ExtractedValue(kind, quantity.display, "", quantity=quantity.amount, unit=quantity.unit)


def _duration_kind(folded: str, quantity: Quantity, capped: bool = False) -> str | None:
    """What a duration is: a notice when "notice" follows it ("ninety days' notice"), otherwise
    the specific kind whose trigger stands closest before it, and only then the contract term."""
    after = folded[quantity.end:quantity.end + 80]
    if _NOTICE_AFTER.match(after):
        return "notice"
    before = folded[max(0, quantity.start - 90):quantity.start]
    best, best_at = None, -1
    for kind, trigger in _DURATION_TRIGGERS.items():
        if kind == "term" or (kind == "payment_terms" and capped):
            continue
        for match in trigger.finditer(before):
            if match.end() > best_at:
                best, best_at = kind, match.end()
    if best == "response_time" and quantity.unit in ("months", "years"):
        best = None
    if (best is None and _DURATION_TRIGGERS["term"].search(before) and not capped
            and quantity.unit in _LONG_UNITS and not _AFTER_END.match(after)):
        best = "term"
    return best


def _cap_phrase(text: str, folded: str) -> str:
    match = re.search(r"(exceed|limited to|not to exceed|plafonnee?s? (a|aux?)|limitee?s? (a|aux?)|"
                      r"n'excedera pas|"
                      r"ne (pourra|saurait) exceder)\s+", folded)
    if not match:
        return "cap stated" if "limit" in folded else "plafond prévu"
    tail = text[match.end():match.end() + 90]
    return re.split(r"[.;]", tail)[0].strip().rstrip(",")


def governing_law(text: str) -> str:
    """The law a sentence chooses: "New York", "England and Wales", "France", or ""."""
    match = (_LAW_OF_THAT_STATE.search(text) or _LAW_EN.search(text) or _LAW_FIRST.search(text)
             or _LAW_BEFORE.search(text))
    if match:
        name = re.sub(r"\s+", " ", match["name"]).strip()
        name = re.sub(r"\s+(and|of)$", "", name)
        if name.isupper():
            name = name.title().replace(" And ", " and ").replace(" Of ", " of ")
        return _LAW_ADJECTIVES.get(name.lower(), name)
    folded = fold(text)
    french = _LAW_FR.search(folded)
    if french:
        adjective = french["adj"] or french["adj2"] or french["adj3"]
        return _LAW_ADJECTIVES.get(adjective, "")
    english = _LAW_ADJECTIVE_EN.search(text)
    if english and re.search(r"governed|construed|interpreted|applicable|subject to", folded):
        return _LAW_ADJECTIVES[english["adj"].lower()]
    return ""


def jurisdiction(text: str) -> str:
    """The court a sentence gives jurisdiction to, as written ("Tribunal de commerce de Paris")."""
    folded = fold(text)
    if not re.search(r"jurisdiction|competen|venue|tribunal|tribunaux|juridiction|"
                     r"courts?\b[^.]{0,60}"
                     r"(exclusive|submit|resolved|brought|settled)", folded):
        return ""
    match = _COURT_FR.search(text)
    if match and match["place"] not in _NOT_PLACES:
        return re.sub(r"\s+", " ", match.group(0)).strip()
    match = _COURT_EN.search(text)
    if match:
        place = re.sub(r"\s+", " ", match["place"])
        while place.split(" ", 1)[0].strip(",") in _NOT_PLACES and " " in place:
            place = place.split(" ", 1)[1]
        if place.split(" ", 1)[0] not in _NOT_PLACES:
            return place
    return ""
