"""Whether a found clause protects the client: adequate, weak or restrictive, with quoted reasons.

The rules are data, in each playbook item's `assessment:` block (see playbooks.Rule):
  * statement – a sentence stating a risk ("penalties are the sole remedy", "no reversibility
    obligation"), not negated ("n'ont pas un caractère libératoire"), not a look-alike (`unless`),
    and only when the contract gives nothing back elsewhere (`without`);
  * measure   – a figure read from the clause (measures.py) below or above the rule's threshold
    (a liability cap of one month of fees against a threshold of twelve);
  * elements  – fewer than `min_elements` of the points a protective clause states.
A clause is restrictive if a restrictive rule fires, weak if a weak one does, adequate
otherwise; an absent clause, or an item without rules, is not assessed. Every reason quotes the
sentence that shows it; a reason about what the clause lacks quotes the clause itself.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.models import NOT_ASSESSED, Assessment, Chunk, Evidence, Finding, Reason

from . import measures
from .measures import Sentence, sentences
from .playbooks import Item, Localized, Rule, RulePatterns
from .signals import compile_cue

# How much of its status credit a clause keeps in the coverage score, by assessment level.
SCORE_FACTOR = {"adequate": 1.0, "not_assessed": 1.0, "weak": 0.75, "restrictive": 0.5}
_MAX_REASONS = 4
_MAX_QUOTE = 600

# A negator shortly before a match denies it ("ne peut sous-traiter", "n'ont pas un caractère
# libératoire", "no sole remedy"); "ne ... que" is a restriction, not a denial.
_NEGATOR = re.compile(r"(?:\b(?:ne|pas|non(?!-)|no|not|never|nor|without|sans|aucune?|nullement|"
                      r"aucunement|ni)\b|\bn')[^.;:,]{0,22}$")
_ONLY = re.compile(r"\bque\b|\bqu'")
# Inside a matched span only clear denials count: "sans" or "without" there usually belong to
# the clause itself ("sous-traiter sans accord").
_STRONG_NEGATOR = re.compile(r"\b(?:ne|pas|aucune?|no|not|never)\b|\bn'")
_DENIED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:n'est pas prevue?|ne sont pas prevue?s|"
                           r"n'est pas assuree?|is not provided|are not provided|sans objet|"
                           r"not applicable|non applicable|(?:shall|does|do|will) not apply|"
                           r"will not be provided|ne s'applique(?:nt)? pas|est exclue?|"
                           r"sont exclue?s|are excluded|is excluded)")


@dataclass(frozen=True)
class _Unit:
    """A sentence to match, with the lead-in it depends on ("... n'est pas responsable : - de la
    perte de données"): matched on both, quoted as the exact span."""

    sentence: Sentence
    folded: str
    quote: str


def assess(item: Item, finding: Finding, region: Sequence[Chunk], chunks: Sequence[Chunk],
           language: str) -> Assessment:
    """The assessment of one finding: its clause is `region`, the whole contract `chunks`."""
    if item.assessment is None or finding.status == "absent":
        return NOT_ASSESSED
    lang = "fr" if language == "fr" else "en"
    ignored = [compile_cue(p) for p in getattr(item.assessment.ignore, lang).patterns]

    def read(units: list[_Unit]) -> list[_Unit]:
        return [u for u in units if not any(c.search(u.folded) for c in ignored)]

    clause = _evidence_first(read(_units(tuple(region) or _evidence_chunks(finding, chunks))),
                             finding)
    contract = read(_units(tuple(chunks)))
    fired: list[tuple[Rule, Reason]] = []
    held: list[Reason] = []
    for rule in item.assessment.rules:
        scope = contract if rule.scope == "contract" else clause
        scope_chunks = tuple(chunks) if rule.scope == "contract" else tuple(region)
        outcome, reason = _apply(rule, scope, scope_chunks, contract, chunks, finding, lang)
        if outcome and reason is not None:
            fired.append((rule, reason))
        elif reason is not None:
            held.append(reason)
    if any(rule.level == "restrictive" for rule, _ in fired):
        level = "restrictive"
    elif fired:
        level = "weak"
    else:
        level = "adequate"
    if fired:
        # The reasons of the level given: a restrictive clause is not also called thin.
        reasons = _one_per_quote(tuple(reason for rule, reason in fired if rule.level == level))
    else:
        reasons = tuple(dict.fromkeys(held)) or _no_risk(item, finding, clause, lang)
    return Assessment(level, reasons[:_MAX_REASONS])


def with_assessment(item: Item, finding: Finding, region: Sequence[Chunk],
                    chunks: Sequence[Chunk], language: str) -> Finding:
    """The finding with its assessment set."""
    return replace(finding, assessment=assess(item, finding, region, chunks, language))


# -- rules ---------------------------------------------------------------------------------------


def _apply(rule: Rule, scope: list[_Unit], scope_chunks: Sequence[Chunk], contract: list[_Unit],
           chunks: Sequence[Chunk], finding: Finding,
           lang: str) -> tuple[bool, Reason | None]:
    """Whether the rule fires, and the reason to show (fired, or met when it has `met`)."""
    side = rule.cues.fr if lang == "fr" else rule.cues.en
    if rule.kind == "statement":
        if _any_statement(side.without, contract, rule.negatable, ()):
            return False, None
        unit = _first_statement(side, scope, rule.negatable)
        if unit is None:
            return False, None
        return True, Reason(_fill(rule.reason, lang), _quote(unit))
    if rule.kind == "measure":
        assert rule.measure is not None
        if _any_statement(side.without, contract, rule.negatable, ()):
            return False, None
        keep = ((lambda folded: _states(side.patterns, side.unless, folded, rule.negatable))
                if side.patterns else None)
        figures = measures.MEASURES[rule.measure](scope_chunks, chunks, keep)
        if not figures:
            return False, None
        worst = (min if rule.below is not None else max)(figures, key=lambda f: f.value)
        threshold = rule.below if rule.below is not None else rule.above
        assert threshold is not None
        fires = worst.value < threshold if rule.below is not None else worst.value > threshold
        values = {"value": measures.display(rule.measure, worst.value, lang),
                  "threshold": measures.display(rule.measure, threshold, lang)}
        evidence = Evidence(worst.chunk.page, worst.chunk.section, worst.text.strip())
        if fires:
            return True, Reason(_fill(rule.reason, lang, values), evidence)
        return False, (Reason(_fill(rule.met, lang, values), evidence) if rule.met else None)
    found, missing = [], []
    for element in rule.elements:
        element_side = element.cues.fr if lang == "fr" else element.cues.en
        unit = _first_statement(element_side, scope, element.negatable)
        if unit is None:
            missing.append(element.label.get(lang))
        else:
            found.append((element.label.get(lang), unit))
    if len(found) < rule.min_elements:
        evidence = finding.evidence[0] if finding.evidence else (
            _quote(scope[0]) if scope else None)
        if evidence is None:
            return False, None
        return True, Reason(_fill(rule.reason, lang, {"missing": ", ".join(missing)}), evidence)
    if rule.met and found:
        names = ", ".join(label for label, _ in found)
        return False, Reason(_fill(rule.met, lang, {"found": names}), _quote(found[0][1]))
    return False, None


def _first_statement(side: RulePatterns, units: list[_Unit], negatable: bool) -> _Unit | None:
    for unit in units:
        if _states(side.patterns, side.unless, unit.folded, negatable):
            return unit
    return None


def _any_statement(patterns: tuple[str, ...], units: list[_Unit], negatable: bool,
                   unless: tuple[str, ...]) -> bool:
    return bool(patterns) and any(_states(patterns, unless, u.folded, negatable) for u in units)


def _states(patterns: tuple[str, ...], unless: tuple[str, ...], folded: str,
            negatable: bool) -> bool:
    if not patterns:
        return False
    if any(_compiled(p).search(folded) for p in unless):
        return False
    for pattern in patterns:
        for match in _compiled(pattern).finditer(folded):
            if not negatable or not denied(folded, match.start(), match.end()):
                return True
    return False


def denied(folded: str, start: int, end: int) -> bool:
    """Whether the match folded[start:end] is denied ("aucune période de transition",
    "n'ont pas un caractère libératoire"); "ne ... que" restricts and does not deny."""
    window = folded[max(0, start - 45):start]
    negator = _NEGATOR.search(window)
    if negator and not _ONLY.search(window[negator.start():]):
        return True
    inside = _STRONG_NEGATOR.search(folded, start, end)
    if inside and not _ONLY.search(folded, inside.start(), end):
        return True
    return bool(_DENIED_AFTER.match(folded, end))


@lru_cache(maxsize=2048)
def _compiled(pattern: str) -> re.Pattern[str]:
    return compile_cue(pattern)


# -- sentences and quotes ------------------------------------------------------------------------


def _units(chunks: tuple[Chunk, ...]) -> list[_Unit]:
    return _units_cached(chunks)


@lru_cache(maxsize=256)
def _units_cached(chunks: tuple[Chunk, ...]) -> list[_Unit]:
    units: list[_Unit] = []
    lead: Sentence | None = None
    for s in sentences(chunks):
        folded, quote = s.folded, s.text
        if lead is not None and lead.chunk is s.chunk:
            start = s.chunk.text.find(lead.text)
            end = s.chunk.text.find(s.text, max(start, 0))
            if 0 <= start < end and end + len(s.text) - start <= _MAX_QUOTE:
                folded = f"{lead.folded} {s.folded}"
                quote = s.chunk.text[start:end + len(s.text)]
        units.append(_Unit(s, folded, quote))
        if s.text.rstrip().endswith(":"):
            lead = s
        elif not re.match(r"\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|[-•*–])\s", s.text):
            lead = None
    return units


def _evidence_first(units: list[_Unit], finding: Finding) -> list[_Unit]:
    """The sentences the checklist quoted first: a reason then quotes the clause itself."""
    quoted = [e.text for e in finding.evidence]
    first = [u for u in units if any(u.sentence.text in q for q in quoted)]
    return first + [u for u in units if u not in first]


def _quote(unit: _Unit) -> Evidence:
    chunk = unit.sentence.chunk
    return Evidence(chunk.page, chunk.section, unit.quote.strip())


def _evidence_chunks(finding: Finding, chunks: Sequence[Chunk]) -> tuple[Chunk, ...]:
    quotes = [e.text for e in finding.evidence]
    return tuple(c for c in chunks if any(q in c.text for q in quotes))


def _fill(text: Localized | None, lang: str, values: dict[str, str] | None = None) -> str:
    if text is None:
        return ""
    return text.get(lang).format_map(_Blank(values or {}))


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _no_risk(item: Item, finding: Finding, clause: list[_Unit], lang: str) -> tuple[Reason, ...]:
    """The reason of an adequate clause no rule said more about: its own quote."""
    evidence = finding.evidence[0] if finding.evidence else (
        _quote(clause[0]) if clause else None)
    if evidence is None:
        return ()
    assert item.assessment is not None
    count = len(item.assessment.rules)
    text = (f"Aucune exclusion, limite ni lacune repérée ({count} règles vérifiées)"
            if lang == "fr" else f"No exclusion, limit or gap found ({count} rules checked)")
    return (Reason(text, evidence),)


def _one_per_quote(reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """One reason per quote: the first rule that fired on a sentence says why (the rules are
    listed from the most specific, e.g. loss of data before a general disclaimer)."""
    seen, kept = set(), []
    for reason in reasons:
        if reason.evidence.text not in seen:
            seen.add(reason.evidence.text)
            kept.append(reason)
    return tuple(kept)
