"""Figures an assessment compares with a threshold: liability cap in months of fees, penalty cap
in % of the monthly fee, notice before renewal, audit notice, breach notice, transition period."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from assistant.models import Chunk

from .numbers import CURRENCIES, Quantity, find_quantities
from .signals import split_sentences

# Which sentences a measure reads (a rule's patterns), or None for all.
Keep = Callable[[str], bool] | None


@dataclass(frozen=True)
class Figure:
    """A figure read from one sentence of the contract, in the unit of its measure."""

    value: float
    chunk: Chunk
    text: str  # the exact sentence it was read from


@dataclass(frozen=True)
class Sentence:
    """A sentence of a passage, with its folded text and the passage it belongs to."""

    chunk: Chunk
    text: str
    folded: str


def sentences(chunks: Iterable[Chunk]) -> list[Sentence]:
    """The sentences of passages, each once (a clause split with overlap sits in two passages)."""
    seen: set[str] = set()
    found = []
    for chunk in chunks:
        for s in split_sentences(chunk.text):
            key = " ".join(s.folded.split())
            if key in seen:
                continue
            seen.add(key)
            found.append(Sentence(chunk, chunk.text[s.start:s.end], s.folded))
    return found


# -- quantities ----------------------------------------------------------------------------------

# "douze (12) derniers mois", "les trois derniers mois", "the twelve (12) calendar months": the
# adjective between the number and its unit is dropped before the figures are read.
_BETWEEN = re.compile(r"\s+(derniers|dernieres|premiers|precedents|consecutifs|glissants|"
                      r"calendar|consecutive|preceding|prior|full)\s+(?=mois|months?|ans?|years?)")


def quantities(folded: str) -> list[Quantity]:
    return find_quantities(_BETWEEN.sub(" ", folded))


# A contract's month is thirty days ("un (1) mois" of notice is not longer than "30 jours").
_DAYS = {"days": 1.0, "business days": 1.4, "weeks": 7.0, "months": 30.0, "years": 365.0,
         "hours": 1 / 24, "business hours": 1 / 24, "minutes": 1 / 1440}


def _days(quantity: Quantity) -> float | None:
    factor = _DAYS.get(quantity.unit)
    return None if factor is None else quantity.amount * factor


def _months(quantity: Quantity) -> float | None:
    if quantity.unit == "years":
        return quantity.amount * 12
    days = _days(quantity)
    return None if days is None else round(days / 30, 2)


# -- liability cap --------------------------------------------------------------------------------

_COMPANY_FORM = re.compile(r"(societe )?a responsabilite limitee|limited liability (company|"
                           r"partnership)|\b(sarl|eurl|llc|llp)\b")
_CAP = re.compile(
    r"(responsabilite|liabilit\w*|exposure|dommages|damages|indemni\w*|reparation|condamnations|"
    r"montant (total|global|cumule|maximum) des sommes)"
    r"[^.;]{0,220}?(limitee?s?|plafonnee?s?|n'exc[eè]de\w*|ne (pourra|pourront|saurait|sauraient|"
    r"peut|peuvent|devra) (en aucun cas |jamais )?(exceder|depasser)|ne depassera|"
    r"limited to|(shall|will|may) (not|in no event|under no circumstances) exceed|\bexceed\b|"
    r"not to exceed|capped|cap of)")
_FEES = re.compile(r"somme|montant|redevance|mensualite|abonnement|prix|factur|paye|verse|regle|"
                   r"encaiss|percu|remuneration|fee|charge|amount|paid|payable|price|"
                   r"subscription|compensation")
_WHOLE_CONTRACT = re.compile(r"(montant|prix) (total |global )?(du|de la) (contrat|marche|commande|"
                             r"bon de commande|accord-cadre)|total (contract )?(value|price)|"
                             r"contract (value|price)")
_PERIOD_WORDS = (
    (re.compile(r"\bmensu|\bdu mois\b|d'un mois|\bun mois\b|\bpar mois\b|one month|monthly|"
                r"month's|per month|\bthe month\b|for the month"), 1.0),
    (re.compile(r"trimestr|quarter"), 3.0),
    (re.compile(r"semestr|half[- ]year|six-month"), 6.0),
    (re.compile(r"annuel|\bpar an\b|d'une annee|\bl'annee\b|\bune annee\b|annual|per year|"
                r"per annum|one year|year's|\bthe year\b|calendar year|contract year|yearly"),
     12.0),
)


# A cap kept for some claims on top of the general one adds cover: it is not the cap to judge.
_ON_TOP = re.compile(r"in addition to the (general |overall |aggregate )?(cap|limit)|"
                     r"\b(additional|further) (cap|limit)\b|en (plus|sus) du plafond|"
                     r"outre le plafond|plafond (supplementaire|additionnel)")


def liability_cap_months(clause: Sequence[Chunk], contract: Sequence[Chunk],
                         keep: Keep = None) -> list[Figure]:
    """Each liability cap the clause states, in months of the fees it is measured against."""
    monthly = monthly_fee(contract)
    found = []
    for s in _kept(clause, keep):
        folded = _COMPANY_FORM.sub(lambda m: " " * len(m.group(0)), s.folded)
        match = _CAP.search(folded)
        if not match or _ON_TOP.search(folded):
            continue
        months = _cap_months(folded[match.end():match.end() + 260], monthly)
        if months is not None:
            found.append(Figure(months, s.chunk, s.text))
    return found


# "the greater of (a) $5,000,000 and (b) the Charges paid in the eighteen months": two limbs,
# the larger applies, so the limb measured in fees is a floor.
_GREATER = re.compile(r"\b(greater|higher) of\b|whichever is (the )?(greater|higher)|"
                      r"\b(le|au|du) plus (eleve|important)\b|\bla plus (elevee|importante)\b")


_FLOOR_BEFORE = re.compile(r"(sans (pouvoir )?etre inferieure?s? a|au minimum|(not|no) less than|"
                           r"at least|minimum of|a minimum)[^.;]{0,12}$")


def _cap_months(tail: str, monthly: float | None) -> float | None:
    # A carve-out ("sauf faute lourde") or the next clause of a list says nothing of the cap;
    # the limbs of a "greater of" are the list.
    greater = bool(_GREATER.search(tail))
    carve_out = r"\bsauf\b|\bexcept\b|\bprovided\b"
    tail = re.split(carve_out if greater else r"(?<=[a-z)])\s*;|" + carve_out, tail)[0]
    figures = quantities(tail)
    first_money = next((q for q in figures if q.unit in CURRENCIES), None)
    money = first_money.amount if first_money is not None else None
    in_fees = _fee_months(tail, figures)
    # "the annual fee, but at least CHF 1,000,000": an amount under a floor word is a floor.
    floor = first_money is not None and bool(
        _FLOOR_BEFORE.search(tail[max(0, first_money.start - 40):first_money.start]))
    if money is not None and (greater or floor) and in_fees is not None:
        return max(in_fees, round(money / monthly, 2)) if monthly else in_fees
    if money is not None:
        return round(money / monthly, 2) if monthly else None
    return in_fees


def _fee_months(tail: str, figures: list[Quantity]) -> float | None:
    """A cap measured in fees ("the sums paid over the last twelve months"), in months."""
    if not _FEES.search(tail) or _WHOLE_CONTRACT.search(tail):
        return None
    periods = [m for q in figures if q.unit in ("days", "weeks", "months", "years")
               for m in [_months(q)] if m]
    period = periods[0] if periods else _period_from_words(tail)
    percent = next((q.amount for q in figures if q.unit == "%"), None)
    share = _SHARE.search(tail)
    if percent is None and share:
        percent = _SHARES[share.group(1)]
    if period is not None and percent is not None:
        return round(percent / 100 * period, 2)
    return period


# "la moitié des sommes versées", "half of the fees paid": a share of the fees, as a percentage.
# "Tiers" alone is a third party: the article is part of the share.
_SHARES = {"la moitie": 50.0, "le tiers": 100 / 3, "un tiers": 100 / 3, "le quart": 25.0,
           "un quart": 25.0, "half": 50.0, "one third": 100 / 3, "a third": 100 / 3,
           "one quarter": 25.0, "a quarter": 25.0}
_SHARE = re.compile(r"\b(" + "|".join(_SHARES) + r") (des|du|de la|de l'|of)\b")


def _period_from_words(text: str) -> float | None:
    for pattern, months in _PERIOD_WORDS:
        if pattern.search(text):
            return months
    return None


_RECURRING = re.compile(r"redevance|abonnement|forfait|mensualite|prix|fee|charge|subscription|"
                        r"price")


_INVOICED = re.compile(r"\b(invoic\w*|bill(ed|able)|payable|paid|instal+ments?|factur\w*|"
                       r"payee?s?|reglee?s?|versee?s?|echeances?|mensualites)\b")


def monthly_fee(contract: Sequence[Chunk]) -> float | None:
    """The recurring fee per month the contract states ("96 000 € HT par an"), if one."""
    for s in sentences(contract):
        if not _RECURRING.search(s.folded) or _CAP.search(s.folded):
            continue
        figures = quantities(s.folded)
        for q in figures:
            if q.unit not in CURRENCIES:
                continue
            after = s.folded[q.end:q.end + 60]
            before = s.folded[max(0, q.start - 60):q.start]
            # "Annual Charge of $8.6M, invoiced in twelve monthly instalments": how the fee is
            # invoiced comes after the period the fee itself is for.
            own = _INVOICED.split(after, maxsplit=1)[0]
            period = (_period_from_words(own) or _period_from_words(before)
                      or _period_from_words(after))
            if period in (1.0, 12.0, 3.0):
                return q.amount / period
    return None


# -- penalty cap ----------------------------------------------------------------------------------

_PENALTY = re.compile(r"penalit|penalt|credits? (de service|service)|service (level )?credits?|"
                      r"\bavoirs?\b|abattement|refaction")
_LATE_PAYMENT = re.compile(r"retard de paiement|late payment|interet|interest|recouvrement")
_PENALTY_CAP = re.compile(r"plafonn|limitee?s? a|limited to|ne (peut|pourra|sauraient?|peuvent|"
                          r"pourront) (en aucun cas )?(exceder|depasser)|n'exc[eè]de|"
                          r"(shall|will|may) not exceed|not to exceed|\bcapped\b|\bcap\b|"
                          r"maximum|in no event exceed")


def penalty_cap_percent(clause: Sequence[Chunk], contract: Sequence[Chunk],
                        keep: Keep = None) -> list[Figure]:
    """Each cap on penalties or service credits, in % of one month's fee."""
    monthly = monthly_fee(contract)
    found = []
    for s in _kept(clause, keep):
        if not (_PENALTY.search(s.folded) and _PENALTY_CAP.search(s.folded)) \
                or _LATE_PAYMENT.search(s.folded):
            continue
        tail = s.folded[_PENALTY_CAP.search(s.folded).start():]
        figures = quantities(tail)
        percent = next((q for q in figures if q.unit == "%"), None)
        if percent is not None:
            base = _period_from_words(tail[percent.end:percent.end + 80])
            if base is not None and not _WHOLE_CONTRACT.search(tail):
                found.append(Figure(round(percent.amount * base, 2), s.chunk, s.text))
            continue
        money = next((q for q in figures if q.unit in CURRENCIES), None)
        if money is not None and monthly:
            found.append(Figure(round(100 * money.amount / monthly, 2), s.chunk, s.text))
    return found


# -- notices and periods --------------------------------------------------------------------------

_NOTICE_BEFORE = re.compile(r"(preavis|notice|moyennant|au moins|au minimum|au plus tard|"
                            r"at least|no later than|not less than|minimum of|dans un delai)"
                            r"[^.;]{0,30}$")
_NOTICE_AFTER = re.compile(r"^[^.;]{0,25}(avant|before|prior|preavis|notice|d'avance|in advance|"
                           r"a l'avance)")


def _notices(folded: str) -> list[Quantity]:
    return [q for q in quantities(folded) if q.unit in ("days", "business days", "weeks",
                                                        "months", "years", "hours")
            and (_NOTICE_BEFORE.search(folded[max(0, q.start - 60):q.start])
                 or _NOTICE_AFTER.match(folded[q.end:q.end + 40]))]


_RENEWAL = re.compile(r"reconduction|reconduit|renouvel|renew|non-renewal")


def renewal_notice_months(clause: Sequence[Chunk], contract: Sequence[Chunk],
                          keep: Keep = None) -> list[Figure]:
    """The notice the client must give to stop an automatic renewal, in months."""
    found = []
    for s in _kept(clause, keep):
        if _RENEWAL.search(s.folded):
            months = [m for q in _notices(s.folded) for m in [_months(q)] if m is not None]
            if months:
                found.append(Figure(round(max(months), 2), s.chunk, s.text))
    return found


_AUDIT = re.compile(r"\baudit|inspect|controle sur place")
# "retain audit logs for not less than twelve months": how long records are kept, said with
# the same "not less than" as a notice, is no notice before an audit.
_KEPT = re.compile(r"\b(conserv\w*|retain\w*|retention|keep|kept|archiv\w*|stor(e|ed)|"
                   r"maintain\w*)\b[^.;]{0,80}$")
_NOTICE_WORD = re.compile(r"notice|preavis|avance|advance|prior|avant|before")


def _audit_notices(folded: str) -> list[Quantity]:
    return [q for q in _notices(folded)
            if not (_KEPT.search(folded[max(0, q.start - 90):q.start])
                    and not _NOTICE_WORD.search(folded[max(0, q.start - 30):q.end + 30]))]


def audit_notice_days(clause: Sequence[Chunk], contract: Sequence[Chunk],
                      keep: Keep = None) -> list[Figure]:
    """The notice the provider must be given before an audit, in days."""
    found = []
    for s in _kept(clause, keep):
        if _AUDIT.search(s.folded):
            days = [d for q in _audit_notices(s.folded) for d in [_days(q)] if d is not None]
            if days:
                found.append(Figure(round(max(days), 1), s.chunk, s.text))
    return found


_BREACH = re.compile(r"violation|breach|incident")
_NOTIFY = re.compile(r"notifi|inform|notify|alert|signal|prevenir|avertir|report")
_WITHIN = re.compile(r"(dans un delai|delai maximum|delai maximal|sous|au plus tard|dans les|"
                     r"within|no later than|not later than|not exceeding|maximum of)"
                     r"[^.;]{0,25}$")


def breach_notice_hours(clause: Sequence[Chunk], contract: Sequence[Chunk],
                        keep: Keep = None) -> list[Figure]:
    """How long the provider may wait before notifying a data breach, in hours."""
    found = []
    for s in _kept(clause, keep):
        if not (_BREACH.search(s.folded) and _NOTIFY.search(s.folded)):
            continue
        hours = [d * 24 for q in quantities(s.folded) for d in [_days(q)]
                 if d is not None and q.unit != "years"
                 and _WITHIN.search(s.folded[max(0, q.start - 50):q.start])]
        if hours:
            found.append(Figure(round(max(hours), 1), s.chunk, s.text))
    return found


_TRANSITION = re.compile(r"transition|reversibilite|transferabilite|\bexit\b|termination "
                         r"assistance|wind[- ]?down|disengagement|continue to provide|"
                         r"continue d'executer|continuer a (executer|fournir)")


def transition_months(clause: Sequence[Chunk], contract: Sequence[Chunk],
                      keep: Keep = None) -> list[Figure]:
    """The transition (exit) period during which the outgoing provider keeps the service, in
    months: a duration in a sentence that speaks of the transition."""
    found = []
    for s in _kept(clause, keep):
        if not _TRANSITION.search(s.folded):
            continue
        months = [m for q in quantities(s.folded) if q.unit in ("days", "business days", "weeks",
                                                              "months", "years")
                  and not _NOTICE_AFTER.match(s.folded[q.end:q.end + 40])
                  and not _deadline_of_a_document(s.folded[:q.start])
                  for m in [_months(q)] if m is not None]
        if months:
            found.append(Figure(round(max(months), 2), s.chunk, s.text))
    return found


# An exit word naming a document: "deliver a draft exit plan within ninety days", "remettre le
# plan de réversibilité sous deux mois" give a deadline for the document, not the period.
_EXIT_DOCUMENT = re.compile(r"(exit|transition|reversibility|disengagement)( management| "
                            r"assistance)? (plan|strategy|document|report)|"
                            r"(plan|strategie|document|rapport) (de |d')(la )?"
                            r"(reversibilite|transition|sortie)")


def _deadline_of_a_document(before: str) -> bool:
    """Whether the exit word nearest before a duration belongs to the name of a document."""
    words = list(_TRANSITION.finditer(before))
    if not words:
        return False
    nearest = words[-1]
    return any(d.start() <= nearest.start() < d.end() for d in _EXIT_DOCUMENT.finditer(before))


def notice_months(clause: Sequence[Chunk], contract: Sequence[Chunk],
                  keep: Keep = None) -> list[Figure]:
    """The notice a sentence gives (e.g. for a termination), in months; 0 when it gives none."""
    found = []
    for s in _kept(clause, keep):
        months = [m for q in _notices(s.folded) for m in [_months(q)] if m is not None]
        found.append(Figure(round(max(months), 2) if months else 0.0, s.chunk, s.text))
    return found


def _kept(chunks: Sequence[Chunk], keep: Keep) -> list[Sentence]:
    return [s for s in sentences(chunks) if keep is None or keep(s.folded)]


MEASURES: dict[str, Callable[[Sequence[Chunk], Sequence[Chunk], Keep], list[Figure]]] = {
    "liability_cap_months": liability_cap_months,
    "penalty_cap_percent": penalty_cap_percent,
    "renewal_notice_months": renewal_notice_months,
    "audit_notice_days": audit_notice_days,
    "breach_notice_hours": breach_notice_hours,
    "transition_months": transition_months,
    "notice_months": notice_months,
}

_UNITS = {
    "liability_cap_months": {"fr": "{n} mois de redevances", "en": "{n} months of fees"},
    "penalty_cap_percent": {"fr": "{n} % de la redevance mensuelle",
                            "en": "{n} % of the monthly fee"},
    "renewal_notice_months": {"fr": "{n} mois", "en": "{n} months"},
    "audit_notice_days": {"fr": "{n} jours", "en": "{n} days"},
    "breach_notice_hours": {"fr": "{n} heures", "en": "{n} hours"},
    "transition_months": {"fr": "{n} mois", "en": "{n} months"},
    "notice_months": {"fr": "{n} mois", "en": "{n} months"},
}


def display(measure: str, value: float, language: str) -> str:
    """A figure in words: "1 mois de redevances", "15 % of the monthly fee"."""
    if measure == "notice_months" and value == 0:
        return "aucun" if language == "fr" else "none"
    number = f"{value:.2f}".rstrip("0").rstrip(".")
    if language == "fr":
        number = number.replace(".", ",")
    unit = _UNITS[measure]["fr" if language == "fr" else "en"]
    if language != "fr" and number == "1":
        unit = unit.replace("months", "month").replace("days", "day").replace("hours", "hour")
    return unit.format(n=number)
