"""The values compared per item: read from sentences, tied to an item, judged for the client.

Values come from the analysis layer: the headline values (`analysis.values`), the penalty cap
and data-return format (`analysis.terms`) and the hosting place (`analysis.places`). The
liability cap is read here as months of fees, so "the sums paid over the last twelve months"
and "three monthly instalments" compare.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.analysis import places, terms
from assistant.analysis.numbers import find_quantities, parse_digits, parse_words
from assistant.analysis.signals import fold, without_company_forms
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
# Member states of the EU and the EEA, and the unions themselves, as analysis.places codes them.
_EU = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
       "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
       "EU", "EEA"}
_DAYS = {"days": 1, "business days": 1.4, "weeks": 7, "months": 30.4, "years": 365,
         "hours": 1 / 24, "business hours": 1 / 24, "minutes": 1 / 1440}
_CAP_WORDS = re.compile(r"plafon\w*|\bcap(ped)?\b|limited\b|limitee?s?\b|maximum|not (to )?exceed|"
                        r"n'excede\w*|ne (peut|pourra|saurait) exceder|dans la limite|"
                        r"in excess of|exceed")
_PENALTY_CAPPED = re.compile(r"(penalit|penalt|service credit)[^.]{0,80}?(plafonn|\bcap|limit|"
                             r"exceed|exceder|maximum)")
_LIABILITY = re.compile(r"responsabilit|liabilit")
_NUMBER = (r"(?:\((?P<paren>\d+(?:[.,]\d+)?)\)|(?P<digits>\d+(?:[.,]\d+)?)|"
           r"(?P<words>[a-z]+(?:[- ][a-z]+){0,2}))")
_MONTHS = re.compile(_NUMBER + r"\s+(?:derniers?\s+|last\s+|preceding\s+|previous\s+)?"
                               r"(?:mois|months?|mensualites?|monthly)\b")
# "1.5 times the annual fees", "une fois et demie (1,5) la redevance annuelle".
_TIMES_ANNUAL = re.compile(_NUMBER + r"\s*(?:fois|times)(?P<half>\s+et\s+demie|\s+and\s+a\s+half)?"
                           r"(?:\s*\((?P<exact>\d+(?:[.,]\d+)?)\))?\s+[^.;]{0,40}?"
                           r"(?:annuel\w*|annual|par an|per year|yearly)")
_TWICE_ANNUAL = re.compile(r"\b(twice|double)\b[^.;]{0,40}?(annuel\w*|annual|per year|yearly)")
_PERCENT_OF_FEES = re.compile(r"(?P<digits>\d+(?:[.,]\d+)?)\s*(?:%|percent|pour cent)\)?\s*"
                              r"(?:de la|des|du|of the|of)\s+(?P<base>[^.;]{0,40})")
@dataclass(frozen=True)
class FieldValue:
    """A value of a field stated by one sentence, comparable when it has a quantity."""

    field: str
    display: str
    quantity: float | None
    unit: str
    quote: Evidence
    codes: tuple[str, ...] = ()  # of a hosting place: "FR", "GB", "EU"

    @property
    def key(self) -> tuple:
        if self.quantity is not None:
            return self.field, round(self.quantity, 4), self.unit
        return self.field, " ".join(fold(self.display).split())


def sentence_values(quote: Evidence, language: str) -> list[FieldValue]:
    """Every field value one sentence states, each quoting that sentence."""
    chunk = Chunk("", 0, quote.text, quote.page, quote.page, section_title=quote.section)
    extracted = [v for found in extract_values([chunk]).values() for v in found]
    found: list[FieldValue] = []
    folded = fold(quote.text)
    cap = _penalty_cap(chunk, quote)
    # "below 99.8 %: 2 % of the fee" names the target, not a penalty; the cap is read apart.
    skipped = {v.quantity for v in extracted if v.kind == "availability"}
    if cap is not None:
        found.append(cap)
        skipped.add(cap.quantity)
    for value in extracted:
        field = value.kind
        if field == "penalty" and value.quantity in skipped:
            continue
        if field == "liability_cap":
            months = months_of_fees(folded)
            if months is not None:
                found.append(FieldValue(field, _months_display(months, language), months,
                                        "months of fees", quote))
                continue
        if field in FIELD_ITEMS or field == "notice":
            found.append(FieldValue(field, value.value, value.quantity, value.unit, quote))
    if not any(v.field == "liability_cap" for v in found) and _LIABILITY.search(folded):
        months = months_of_fees(folded)  # a cap the headline values did not see
        if months is not None:
            found.append(FieldValue("liability_cap", _months_display(months, language), months,
                                    "months of fees", quote))
    hosting = places.find_locations([chunk]).get("hosting")
    if hosting is not None and hosting.value:
        found.append(FieldValue("hosting", hosting.value, None, "", quote, hosting.codes))
    data_format = terms.data_return_format([chunk])
    if data_format is not None:
        found.append(FieldValue("data_format", data_format.value, None, "", quote))
    return found


def _penalty_cap(chunk: Chunk, quote: Evidence) -> FieldValue | None:
    cap = terms.penalty_cap([chunk])
    amounts = find_quantities(cap.value) if cap is not None else []
    if cap is None or not amounts:
        return None
    # A table of rates glued before the capping sentence is not part of its quote: the quote
    # starts on the line where that sentence starts.
    text = quote.text
    said = _PENALTY_CAPPED.search(fold(text))
    if said:
        starts = [m.end() for m in re.finditer(r"\n(?=[A-ZÀ-Ý])", text[:said.start()])]
        text = text[starts[-1]:] if starts else text
    return FieldValue("penalty_cap", cap.value, amounts[0].amount, amounts[0].unit,
                      Evidence(quote.page, quote.section, text.strip(), quote.document))


def months_of_fees(folded: str) -> float | None:
    """A liability cap as months of fees: "douze (12) derniers mois", "1.5 times the annual"."""
    cap = _CAP_WORDS.search(without_company_forms(folded))
    if cap is None:
        return None
    tail = folded[cap.start():]
    if _TWICE_ANNUAL.search(tail):
        return 24.0
    times = _TIMES_ANNUAL.search(tail)
    if times:
        number = parse_digits(times["exact"]) if times["exact"] else _number(times)
        if number is not None and times["half"] and not times["exact"]:
            number += 0.5
        return None if number is None else 12 * number
    percent = _PERCENT_OF_FEES.search(tail)
    months = _MONTHS.search(tail)
    period = _number(months) if months else None
    if percent and re.search(r"redevance|fees|charges|prix|price|sommes|amounts", percent["base"]):
        share = (parse_digits(percent["digits"]) or 0) / 100
        if period is not None:  # "50 % des sommes versées au cours des douze derniers mois"
            return share * period
        if re.search(r"annuel|annual|par an|per year|yearly", percent["base"]):
            return 12 * share
        if re.search(r"mensu|monthly", percent["base"]):
            return share
        return None
    return period


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


def judge(field: str, old: FieldValue | None, new: FieldValue | None) -> str:
    """better, worse or changed for the client when a field goes from old to new."""
    direction = DIRECTION.get(field, 0)
    if field == "hosting" and old is not None and new is not None and old.codes and new.codes:
        was_inside, is_inside = _in_the_eu(old.codes), _in_the_eu(new.codes)
        if was_inside != is_inside:  # data leaving the EU (or coming back) is what GDPR weighs
            return "better" if is_inside else "worse"
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


def _in_the_eu(codes: tuple[str, ...]) -> bool:
    return all(code in _EU for code in codes)
