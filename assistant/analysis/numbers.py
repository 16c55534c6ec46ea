"""Quantities in French and English contracts: "trente (30) jours", "ninety (90) days", "99,8 %"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .signals import fold

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_FR_UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
    "octante": 80, "nonante": 90,
}
_SMALL = {**_EN_UNITS, **_FR_UNITS}
_HUNDREDS = {"hundred": 100, "cent": 100, "cents": 100}
_LARGE = {"thousand": 1000, "mille": 1000, "million": 1_000_000, "millions": 1_000_000}
_ALL_WORDS = sorted({*_SMALL, *_HUNDREDS, *_LARGE}, key=len, reverse=True)
_WORD = r"(?:" + "|".join(_ALL_WORDS) + r")"
_NUMBER_WORDS = rf"\b{_WORD}(?:(?:[\s-]+|[\s-]+(?:and|et)[\s-]+){_WORD})*\b"
# Thousands grouped by a space, a comma, a dot or, in Swiss drafting, an apostrophe (1'284'000).
_DIGITS = r"\d{1,3}(?:[ \u202f\u00a0,.'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"

# Unit words (folded) -> canonical unit. Business days stay distinct from calendar days.
_UNIT_WORDS = {
    "business days": "business days", "business day": "business days",
    "working days": "business days", "working day": "business days",
    "jours ouvres": "business days", "jour ouvre": "business days",
    "jours ouvrables": "business days", "jour ouvrable": "business days",
    "calendar days": "days", "calendar day": "days", "jours calendaires": "days",
    "calendar months": "months", "calendar month": "months", "calendar weeks": "weeks",
    "calendar years": "years", "calendar year": "years",
    "days": "days", "day": "days", "jours": "days", "jour": "days",
    "weeks": "weeks", "week": "weeks", "semaines": "weeks", "semaine": "weeks",
    "months": "months", "month": "months", "mois": "months",
    "years": "years", "year": "years", "ans": "years", "an": "years", "annees": "years",
    "annee": "years",
    "hours": "hours", "hour": "hours", "heures ouvrees": "business hours",
    "heures ouvrables": "business hours", "business hours": "business hours",
    "heure ouvree": "business hours", "heure ouvrable": "business hours",
    "business hour": "business hours", "working hours": "business hours",
    "working hour": "business hours", "heures": "hours", "heure": "hours", "h": "hours",
    "hrs": "hours",
    "minutes": "minutes", "minute": "minutes", "mn": "minutes", "min": "minutes",
}
_UNIT = r"(?:" + "|".join(sorted((re.escape(u) for u in _UNIT_WORDS), key=len, reverse=True)) + r")"
# A figure may stand alone in brackets when the words before it were broken by the PDF
# ("vingt-" + "quatre" joined into "vingtquatre (24) heures"), and a footnote call may follow the
# unit ("heures1"): the unit only has to end its word's letters.
_QUANTITY = re.compile(
    rf"(?:(?P<words>{_NUMBER_WORDS})\s*(?:\((?P<paren>{_DIGITS})\))?|(?P<digits>{_DIGITS})|"
    rf"\((?P<bracketed>{_DIGITS})\))"
    # "24 (twenty-four) hours": the figure repeated in words, hyphenated or not
    rf"[\s-]*(?:\([a-z][a-z -]{{0,30}}\)\s*)?(?P<unit>{_UNIT})(?![a-z])")
_PERCENT = re.compile(
    rf"(?:(?P<words>{_NUMBER_WORDS})\s*(?:\((?P<paren>{_DIGITS})\s*%?\))?|(?P<digits>{_DIGITS}))"
    r"\s*(?P<unit>%|percent\b|per cent\b|pour cent\b|pourcent\b)")
# Other currencies by their ISO code: Swiss francs, New Zealand, Australian, Canadian, Singapore
# and Hong Kong dollars, Indian rupees, Kenyan shillings, Nigerian naira.
_OTHER_CURRENCIES = ("CHF", "NZD", "AUD", "CAD", "SGD", "HKD", "INR", "KES", "NGN")
_ISO_CODES = "|".join(code.lower() for code in _OTHER_CURRENCIES)
_MONEY = re.compile(
    # South African rand: "ZAR 12 000", "R 230 650" (a lone "R" only before grouped thousands, so
    # that "article R 2193" is no amount).
    rf"(?:(?P<pre>€|\$|us\$|usd|eur|gbp|£|(?<![\w.])(?:zar|{_ISO_CODES})|"
    rf"(?<![\w.])r(?=\s\d{{1,3}}(?:[ \u202f\u00a0]\d{{3}})+(?!\d)))"
    rf"\s*(?P<d1>{_DIGITS})(?:\s*(?P<m1>million|m)\b)?"
    rf"|(?P<d2>{_DIGITS})(?:\s*(?P<m2>millions?|k|m))?\s*(?P<post>€|euros?\b|eur\b|k€|dollars\b|"
    rf"usd\b|\$|zar\b|rands?\b|(?:{_ISO_CODES})\b|francs? suisses\b)"
    # "CHF 1'284'000.–": the Swiss dash for no cents.
    rf"(?:\.[–-])?"
    # An amount in words, its figure in brackets or not: "cent cinquante (150) euros".
    rf"|(?P<w3>{_NUMBER_WORDS})\s*(?:\((?P<d3>{_DIGITS})\)\s*)?(?P<post3>euros?\b|dollars\b|pounds\b)"
    rf"(?:\s*\((?:€|\$|£|us\$|usd|eur|gbp)?\s*(?P<d4>{_DIGITS})\s*(?:€|euros?)?\))?)")

# The money units a Quantity can carry.
CURRENCIES = frozenset({"EUR", "USD", "GBP", "ZAR", *_OTHER_CURRENCIES})

_DISPLAY = {
    "en": {"days": "days", "business days": "business days", "weeks": "weeks",
           "months": "months", "years": "years", "hours": "hours",
           "business hours": "business hours", "minutes": "minutes"},
    "fr": {"days": "jours", "business days": "jours ouvrés", "weeks": "semaines",
           "months": "mois", "years": "ans", "hours": "heures", "business hours": "heures ouvrées",
           "minutes": "minutes"},
}
_FRENCH_UNITS = {"jours", "jour", "semaines", "semaine", "mois", "ans", "an", "annees", "annee",
                 "heures", "heure", "jours ouvres", "jour ouvre", "jours ouvrables",
                 "jour ouvrable", "jours calendaires", "heures ouvrees", "heures ouvrables",
                 "heure ouvree", "heure ouvrable"}


@dataclass(frozen=True)
class Quantity:
    """A number with its unit found in a text, with the span it was read from."""

    amount: float
    unit: str  # "days", "business days", "weeks", "months", "years", "hours", "minutes", "%",
    # "EUR", "USD" or "GBP"
    start: int
    end: int
    language: str  # language of the unit word, for display

    @property
    def display(self) -> str:
        amount = _format_amount(self.amount, self.language)
        if self.unit == "%" or self.unit in CURRENCIES:
            if self.unit == "%":
                return f"{amount} %"
            return f"{amount} {self.unit}"
        unit = _DISPLAY[self.language].get(self.unit, self.unit)
        if self.amount == 1:
            unit = _singular(unit, self.language)
        return f"{amount} {unit}"

    def in_days(self) -> float | None:
        """Rough length in days, to compare durations written in different units."""
        factor = {"days": 1, "business days": 1.4, "weeks": 7, "months": 30.4, "years": 365,
                  "hours": 1 / 24, "business hours": 1 / 24, "minutes": 1 / 1440}.get(self.unit)
        return None if factor is None else self.amount * factor


def _singular(unit: str, language: str) -> str:
    if language == "fr":
        return {"jours": "jour", "jours ouvrés": "jour ouvré", "semaines": "semaine", "ans": "an",
                "heures": "heure", "heures ouvrées": "heure ouvrée",
                "minutes": "minute"}.get(unit, unit)
    return unit[:-1] if unit.endswith("s") else unit.replace("days", "day")


def _format_amount(amount: float, language: str) -> str:
    if amount == int(amount):
        text = f"{int(amount):,}"
        return text.replace(",", "\u202f") if language == "fr" else text
    text = f"{amount:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


def parse_words(words: str) -> int | None:
    """Value of number words: "ninety", "twenty-four", "quatre-vingt-dix", "cent vingt"."""
    tokens = [t for t in re.split(r"[\s-]+", fold(words).strip()) if t and t not in ("and", "et")]
    if not tokens:
        return None
    total, current, previous = 0, 0, ""
    for token in tokens:
        if token in _SMALL:
            if _SMALL[token] == 20 and previous == "quatre":
                current += 76  # "quatre-vingt(s)" is 4 x 20, and the 4 is already counted
            else:
                current += _SMALL[token]
        elif token in _HUNDREDS:
            current = max(current, 1) * 100
        elif token in _LARGE:
            total += max(current, 1) * _LARGE[token]
            current = 0
        else:
            return None
        previous = token
    return total + current


def parse_digits(text: str) -> float | None:
    """Value of a written figure: "30", "99,8", "99.8", "1,000,000.00", "25 000", "25.000"."""
    raw = re.sub(r"[\u202f\u00a0]", " ", text.strip())
    grouped = re.fullmatch(r"\d{1,3}(?P<sep>[ ,.'’])\d{3}(?:(?P=sep)\d{3})*"
                           r"(?:(?P<dec>[.,])(?P<frac>\d+))?", raw)
    if grouped:
        whole = re.sub(r"\D", "", raw[:grouped.start("dec")] if grouped["dec"] else raw)
        return float(f"{whole}.{grouped['frac']}") if grouped["dec"] else float(whole)
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


_NUMBER_WORD_SET = frozenset(_ALL_WORDS)
_EITHER_LANGUAGE = {"h", "min", "mn", "minute", "minutes"}
_A_DATE_NOT_A_LENGTH = re.compile(r"\b(fin|debut|end|beginning|start) (d'|de |of (a|the|each) )$")
_FRENCH_WORDS = re.compile(r"\b(le|la|les|des|du|un|une|est|sont|dans|pour|sous|en|au|aux|et)\b")
_ENGLISH_WORDS = re.compile(r"\b(the|a|an|is|are|within|for|of|and|in|to|shall|will)\b")


def find_quantities(text: str) -> list[Quantity]:
    """Durations, percentages and amounts of money in a text, in reading order."""
    folded = fold(text)
    # Most sentences hold no figure at all: a set lookup is far cheaper than the patterns below.
    if not any(ch.isdigit() for ch in folded) and \
            _NUMBER_WORD_SET.isdisjoint(re.findall(r"[a-z]+", folded)):
        return []
    found: list[Quantity] = []
    # "72h" or "30 min" are written so in both languages: the sentence's words tell which.
    neutral = "fr" if _looks_french(folded) else "en"
    for match in _QUANTITY.finditer(folded):
        amount = _amount(match)
        if amount is None:
            continue
        unit_word = re.sub(r"\s+", " ", match["unit"])
        if match.group(0).startswith(("un ", "a ", "one ")) and _A_DATE_NOT_A_LENGTH.search(
                folded[max(0, match.start() - 20):match.start()]):
            continue  # "pour la fin d'un mois", "at the end of a month": when, not how long
        if unit_word in ("h", "mn", "min") and match["words"]:
            continue  # "deux h" is not how contracts write hours; avoids matching stray letters
        language = ("fr" if unit_word in _FRENCH_UNITS
                    else neutral if unit_word in _EITHER_LANGUAGE else "en")
        found.append(Quantity(amount, _UNIT_WORDS[unit_word], match.start(), match.end(), language))
    for match in _PERCENT.finditer(folded):
        amount = _amount(match)
        if amount is not None:
            language = "fr" if "," in (match["digits"] or match["paren"] or "") else "en"
            found.append(Quantity(amount, "%", match.start(), match.end(), language))
    for match in _MONEY.finditer(folded):
        found.extend(_money(match))
    found.sort(key=lambda q: q.start)
    return _without_overlaps(found)


def _looks_french(folded: str) -> bool:
    return len(_FRENCH_WORDS.findall(folded)) > len(_ENGLISH_WORDS.findall(folded))


def _amount(match: re.Match[str]) -> float | None:
    figure = match["paren"] or match["digits"] or match.groupdict().get("bracketed")
    if figure:
        return parse_digits(figure)
    if match["words"]:
        value = parse_words(match["words"])
        return float(value) if value is not None else None
    return None


def _money(match: re.Match[str]) -> list[Quantity]:
    figure = match["d1"] or match["d2"] or match["d3"] or match["d4"]
    if figure:
        amount = parse_digits(figure)
    else:
        words = parse_words(match["w3"])
        amount = float(words) if words is not None else None
    if amount is None:
        return []
    multiplier = (match["m1"] or match["m2"] or "").strip()
    if multiplier.startswith("million") or multiplier == "m":
        amount *= 1_000_000
    elif multiplier == "k":
        amount *= 1000
    symbol = (match["pre"] or match["post"] or match["post3"] or "").strip()
    if symbol == "k€":
        amount *= 1000
    if "€" in symbol or symbol.startswith("eur"):
        unit = "EUR"
    elif symbol in ("zar", "r") or symbol.startswith("rand"):
        unit = "ZAR"
    elif symbol.upper() in _OTHER_CURRENCIES or symbol.startswith("franc"):
        unit = symbol.upper() if symbol.upper() in _OTHER_CURRENCIES else "CHF"
    else:
        unit = "GBP" if symbol in ("£", "gbp") or symbol.startswith("pound") else "USD"
    language = "fr" if unit in ("EUR", "CHF") else "en"
    return [Quantity(amount, unit, match.start(), match.end(), language)]


def _without_overlaps(found: list[Quantity]) -> list[Quantity]:
    kept: list[Quantity] = []
    for quantity in found:
        if kept and quantity.start < kept[-1].end:
            if quantity.end - quantity.start > kept[-1].end - kept[-1].start:
                kept[-1] = quantity
            continue
        kept.append(quantity)
    return kept
