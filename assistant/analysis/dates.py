"""The dates a contract states for itself: when it starts and, when it says so, when it ends."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from assistant.models import Chunk

from .joined import JoinedText
from .signals import fold

Kind = Literal["start", "end"]

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH = "(?P<month>" + "|".join(_MONTHS) + ")"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATES = (
    re.compile(r"\b(?P<day>1er|\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?" + _MONTH + r",?\s+"
               + _YEAR + r"\b"),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b"),
    re.compile(r"\b" + _YEAR + r"-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<mon>\d{1,2})[/.]" + _YEAR + r"\b"),
)
# Words that, shortly before a date, say it is the start or the end of the contract (folded).
_TRIGGERS: dict[Kind, re.Pattern[str]] = {
    "start": re.compile(r"a compter du|a compter de|a partir du|prend(?:ra)? effet|"
                        r"entre(?:ra)? en vigueur|date de demarrage|date d'effet|"
                        r"date de prise d'effet|date de debut|demarr\w*|commencement date|"
                        r"effective date|start date|starts? on|commenc\w* on|effective (?:as of|"
                        r"from|on)|with effect from|begin\w* on"),
    "end": re.compile(r"jusqu'au|jusqu'a la date du|prend(?:ra)? fin le|expire(?:ra)? le|"
                      r"se termine(?:ra)? le|\buntil\b|expir\w* on|ends? on|terminat\w* on|"
                      r"expiry date|end date|date d'expiration|date de fin|date d'echeance"),
}
_ABOUT_THE_CONTRACT = re.compile(r"contrat|contract|agreement|accord|marche|duree|\bterm\b|"
                                 r"prestations|services|demarrage|commencement|effective date|"
                                 r"start date")
# A date after which prices change or a notice runs is not the contract's own start or end.
_OTHER_DATES = re.compile(r"\bprix\b|redevance|tarif|\bprice|\bcharges\b|\bfees\b|indice|index|"
                          r"revis|factur|invoice")
_TRIGGER_REACH = 200
_LEAD_BOUNDARY = re.compile(r"\.\s|;|•|\n[-–]")
_SENTENCE_END = re.compile(r"[.;](?=\s|$)|(?=•)")


@dataclass(frozen=True)
class StatedDate:
    """A date the contract gives for its start or its end, with the sentence stating it."""

    kind: Kind
    value: str  # ISO 8601, e.g. "2025-01-01"
    written: str  # as the contract writes it: "1er janvier 2025"
    text: str
    page: int
    section: str


def find_dates(chunks: Iterable[Chunk]) -> dict[Kind, StatedDate]:
    """The first start date and the first end date the contract states, in reading order."""
    joined = JoinedText(chunks)
    folded = fold(joined.text)
    matches = sorted((m for pattern in _DATES for m in pattern.finditer(folded)),
                     key=lambda m: m.start())
    found: dict[Kind, StatedDate] = {}
    for match in matches:
        value = _iso(match)
        lead = _lead_in(folded, match.start())
        if value is None or not _ABOUT_THE_CONTRACT.search(lead) or _OTHER_DATES.search(lead):
            continue
        kind = _kind(lead)
        if kind and kind not in found:
            chunk = joined.chunk_at(match.start())
            found[kind] = StatedDate(kind, value, joined.text[match.start():match.end()],
                                     _quote(joined, match.start() - len(lead), match.end()),
                                     chunk.page, chunk.section)
    return found


def _quote(joined: JoinedText, start: int, end: int) -> str:
    """From the date's lead-in to the end of its sentence or list item."""
    stop = next((s.end for s in joined.sentences() if s.end >= end), len(joined.text))
    # "... jusqu'au 31 décembre 2027. À son terme": a year ending a sentence is not a list number.
    full_stop = _SENTENCE_END.search(joined.text, end, stop)
    return " ".join(joined.text[start:full_stop.end() if full_stop else stop].split())


def _lead_in(folded: str, at: int) -> str:
    """The words before a date, back to the start of its sentence, list item or clause part."""
    before = folded[max(0, at - _TRIGGER_REACH):at]
    cuts = list(_LEAD_BOUNDARY.finditer(before))
    return before[cuts[-1].end():] if cuts else before


def _kind(before: str) -> Kind | None:
    """The trigger standing closest before the date decides."""
    best: Kind | None = None
    best_at = -1
    for kind, trigger in _TRIGGERS.items():
        for match in trigger.finditer(before):
            if match.end() > best_at:
                best, best_at = kind, match.end()
    return best


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    day = 1 if groups["day"] == "1er" else int(groups["day"])
    if groups.get("month"):
        month = _MONTHS[groups["month"]]
    else:
        month = int(groups["mon"])
        if "-" not in match.group(0) and day <= 12 and month <= 12 and day != month:
            # 03/04/2025 reads as 3 April in Europe and 4 March in the US: not guessed.
            return None
    try:
        return date(int(groups["year"]), month, day).isoformat()
    except ValueError:
        return None
