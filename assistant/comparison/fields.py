"""The values compared per item: read from sentences, tied to an item, judged for the client.

Most values come from the checklist's own extraction (`analysis.values`). Four are read here
because that extraction has no kind for them: a penalty *cap* (a penalty figure in a sentence
that caps the penalties), the liability cap as months of fees (so "the fees of the last twelve
months" and "three monthly instalments" compare), the hosting place and the data-return format.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.analysis.numbers import Quantity, find_quantities, parse_digits, parse_words
from assistant.analysis.signals import fold
from assistant.analysis.values import extract_values
from assistant.models import Chunk, Evidence

# The playbook item a value belongs to. "notice" has none: it follows its sentence's topic.
FIELD_ITEMS = {
    "term": "duration", "renewal": "duration", "availability": "service_levels",
    "response_time": "service_levels", "penalty": "penalties", "penalty_cap": "penalties",
    "liability_cap": "liability", "transition_period": "reversibility",
    "data_return_deadline": "reversibility", "data_format": "reversibility",
    "governing_law": "governing_law", "jurisdiction": "governing_law",
    "hosting": "place_of_performance", "payment_terms": "pricing",
}
# +1: more is better for the client (a higher availability, a longer transition); -1: less is
# better (a shorter response time); absent: no side is better in general (a term, a court).
DIRECTION = {"availability": 1, "response_time": -1, "penalty": 1, "penalty_cap": 1,
             "liability_cap": 1, "transition_period": 1, "data_return_deadline": -1,
             "payment_terms": 1}
_DAYS = {"days": 1, "business days": 1.4, "weeks": 7, "months": 30.4, "years": 365,
         "hours": 1 / 24, "business hours": 1 / 24, "minutes": 1 / 1440}
_CAP_WORDS = re.compile(r"plafon\w*|\bcap(ped)?\b|limited to|limitee?s? a|maximum|not (to )?exceed|"
                        r"n'excede\w*|ne (peut|pourra|saurait) exceder|dans la limite|"
                        r"in excess of|exceed")
_PENALTY_CAP = re.compile(r"(penalit\w*|penalt\w*|service credits?)[^.]{0,80}?"
                          r"(plafonn\w*|\bcap(ped)?\b|limited to|limitee?s? a|ne (peut|peuvent|"
                          r"pourra|pourront|saurait) exceder|n'excede\w*|not (to )?exceed|maximum)")
_NUMBER = (r"(?:\((?P<paren>\d+(?:[.,]\d+)?)\)|(?P<digits>\d+(?:[.,]\d+)?)|"
           r"(?P<words>[a-z]+(?:[- ][a-z]+){0,2}))")
_MONTHS = re.compile(_NUMBER + r"\s+(?:derniers?\s+|last\s+|preceding\s+|previous\s+)?"
                               r"(?:mois|months?|mensualites?|monthly)\b")
_TIMES_ANNUAL = re.compile(_NUMBER + r"\s*(?:fois|times|x)\s+(?:the\s+|la\s+|le\s+|les\s+)?"
                                     r"[^.;]{0,40}?(?:annuel\w*|annual|par an|per year|yearly)")
_PERCENT_OF_FEES = re.compile(r"(?P<digits>\d+(?:[.,]\d+)?)\s*(?:%|percent|pour cent)\s*"
                              r"(?:de la|des|du|of the|of)\s+(?P<base>[^.;]{0,40})")
_HOSTING = re.compile(r"heberg\w*|\bhosted\b|\bhosting\b|\bstored\b|stocke\w*|data ?cent\w*|"
                      r"centres? de donnees|localis\w*|\bprocessed\b|traitee?s?\b")
_PLACE = re.compile(r"(?:\ben|\bau|\baux|\bdans l'|\bwithin|\bin|situ[ée]e?s?\s+[àa]|located in|"
                    r"situated in)\s+(?:the\s+)?(?P<place>[A-ZÀ-Ý][\w'-]+"
                    r"(?:[ -](?:de |du |des |d'|of |and |et )?[A-ZÀ-Ý][\w'-]+)*)")
_NOT_PLACES = {"Client", "Prestataire", "Contrat", "Annexe", "Article", "Customer", "Supplier",
               "Provider", "Agreement", "Schedule", "Données", "Data", "Services", "Périmètre"}
_FORMAT_WORDS = re.compile(r"\b(csv|json|xml|sql|xlsx?|ods|odf|parquet)\b")
_FORMAT_PHRASES = re.compile(r"format (ouvert|standard|convenu|natif|interoperable)|"
                             r"(open|standard|agreed|native|machine-readable) (data )?format")
_ABOUT_RETURN = re.compile(r"restitu\w*|\breturn\w*|\bexport\w*|remis\w*|hand(ed)? over|"
                           r"transfer\w*")


@dataclass(frozen=True)
class FieldValue:
    """A value of a field stated by one sentence, comparable when it has a quantity."""

    field: str
    display: str
    quantity: float | None
    unit: str
    quote: Evidence

    @property
    def key(self) -> tuple:
        if self.quantity is not None:
            return self.field, round(self.quantity, 4), self.unit
        return self.field, " ".join(fold(self.display).split())


def sentence_values(quote: Evidence, language: str) -> list[FieldValue]:
    """Every field value one sentence states, each quoting that sentence."""
    chunk = Chunk("", 0, quote.text, quote.page, quote.page, section_title=quote.section)
    extracted = [v for found in extract_values([chunk]).values() for v in found]
    folded = fold(quote.text)
    availability = {v.quantity for v in extracted if v.kind == "availability"}
    found: list[FieldValue] = []
    cap = penalty_cap(quote.text, folded)
    if cap is not None:
        amount, start = cap
        found.append(FieldValue("penalty_cap", amount.display, amount.amount, amount.unit,
                                _from_line_of(quote, start)))
    for value in extracted:
        field = value.kind
        if field == "penalty" and (value.quantity in availability or
                                   (cap is not None and value.quantity == cap[0].amount)):
            # "below 99.8 %: 2 % of the fee" names the target, not the penalty; a cap is read
            # on its own above.
            continue
        if field == "liability_cap":
            months = months_of_fees(folded)
            if months is not None:
                found.append(FieldValue(field, _months_display(months, language), months,
                                        "months of fees", quote))
                continue
        if field not in FIELD_ITEMS and field != "notice":
            continue
        found.append(FieldValue(field, value.value, value.quantity, value.unit, quote))
    place = hosting_place(quote.text, folded)
    if place:
        found.append(FieldValue("hosting", place, None, "", quote))
    data_format = return_format(folded)
    if data_format:
        found.append(FieldValue("data_format", data_format, None, "", quote))
    return found


def penalty_cap(text: str, folded: str) -> tuple[Quantity, int] | None:
    """The cap on penalties a sentence sets ("plafonné à 15 % de la mensualité"), and where
    its clause starts; a table glued to the sentence holds other rates, so only what follows
    the cap word counts."""
    for match in _PENALTY_CAP.finditer(folded):
        tail = text[match.end():match.end() + 90]
        amounts = [q for q in find_quantities(tail) if q.unit in ("%", "EUR", "USD", "GBP")]
        if amounts:
            return amounts[0], match.start()
    return None


def _from_line_of(quote: Evidence, start: int) -> Evidence:
    """The quote cut to the line its clause starts on (a table row above it is not part)."""
    line = quote.text.rfind("\n", 0, start) + 1
    return Evidence(quote.page, quote.section, quote.text[line:].strip(), quote.document)


def months_of_fees(folded: str) -> float | None:
    """A liability cap as months of fees: "douze (12) derniers mois", "1.5 times the annual"."""
    cap = _CAP_WORDS.search(folded)
    if cap is None:
        return None
    tail = folded[cap.start():]
    times = _TIMES_ANNUAL.search(tail)
    if times:
        number = _number(times)
        return None if number is None else 12 * number
    percent = _PERCENT_OF_FEES.search(tail)
    if percent and re.search(r"redevance|fees|charges|prix|price|sommes|amounts", percent["base"]):
        share = parse_digits(percent["digits"]) or 0
        if re.search(r"annuel|annual|par an|per year|yearly", percent["base"]):
            return 12 * share / 100
        if re.search(r"mensu|monthly", percent["base"]):
            return share / 100
    months = _MONTHS.search(tail)
    if months:
        return _number(months)
    return None


def _number(match: re.Match[str]) -> float | None:
    if match["paren"] or match["digits"]:
        return parse_digits(match["paren"] or match["digits"])
    words = match["words"].replace("-", " ").split()
    for start in range(len(words)):  # "des douze" -> "douze"
        value = parse_words(" ".join(words[start:]))
        if value is not None:
            return float(value)
    return None


def _months_display(months: float, language: str) -> str:
    amount = f"{months:g}".replace(".", ",") if language == "fr" else f"{months:g}"
    return f"{amount} mois de redevance" if language == "fr" else f"{amount} months of fees"


def hosting_place(text: str, folded: str) -> str:
    """The places a sentence hosts or runs the service in ("Saint-Denis, Lille", "France")."""
    if not _HOSTING.search(folded):
        return ""
    places = [m["place"] for m in _PLACE.finditer(text) if m["place"] not in _NOT_PLACES]
    return ", ".join(dict.fromkeys(places))


def return_format(folded: str) -> str:
    """The format data is returned in ("CSV, JSON, SQL", "format ouvert"), or ""."""
    if not re.search(r"donnees|data|fichiers|files|bases?", folded) or \
            not _ABOUT_RETURN.search(folded):
        return ""
    named = [w.upper() for w in _FORMAT_WORDS.findall(folded)]
    if named:
        return ", ".join(dict.fromkeys(named))
    phrase = _FORMAT_PHRASES.search(folded)
    return phrase.group(0) if phrase else ""


def judge(field: str, old: FieldValue | None, new: FieldValue | None) -> str:
    """better, worse or changed for the client when a field goes from old to new."""
    direction = DIRECTION.get(field, 0)
    if old is None or new is None:
        if not direction:
            return "changed"
        appeared = old is None
        if field == "liability_cap":  # a new cap limits what the client can recover
            appeared = not appeared
        return "better" if appeared else "worse"
    before, after = _comparable(old), _comparable(new)
    if not direction or before is None or after is None or before[1] != after[1]:
        return "changed"
    if before[0] == after[0]:
        return "changed"
    return "better" if (after[0] - before[0]) * direction > 0 else "worse"


def _comparable(value: FieldValue) -> tuple[float, str] | None:
    if value.quantity is None:
        return None
    if value.unit in _DAYS:
        return value.quantity * _DAYS[value.unit], "days"
    return value.quantity, value.unit
