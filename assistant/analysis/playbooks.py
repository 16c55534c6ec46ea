"""Checklist playbooks: YAML files validated by a strict schema, loaded by id or by path."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.errors import PlaybookError

PLAYBOOK_DIR = Path(__file__).resolve().parent / "playbooks"


class _Strict(BaseModel):
    # extra="forbid": a misspelt key in a playbook is an error, not a silently ignored cue.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(_Strict):
    """A text in French and in English."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


class LanguageCues(_Strict):
    """What signals an item in one language.

    Everything is matched case-insensitively against accent-folded text ("Réversibilité" and an
    OCR'd "Reversibilite" both match "reversibilite"); a space in a pattern matches any run of
    whitespace. `keywords` are plain phrases (weak signals), `patterns` regular expressions for a
    sentence that really states the clause (strong signals), `headings` regular expressions for
    section titles, `examples` sentences for semantic similarity, `exclude` regular expressions
    for sentences that look like the item but are not (e.g. late-payment interest for penalties).
    """

    keywords: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @field_validator("patterns", "headings", "exclude")
    @classmethod
    def _compiles(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
        return values


class Cues(_Strict):
    """Detection cues per language."""

    fr: LanguageCues = LanguageCues()
    en: LanguageCues = LanguageCues()

    def both(self) -> tuple[LanguageCues, LanguageCues]:
        return (self.fr, self.en)


class SubCriterion(_Strict):
    """A point a good clause of this kind covers (e.g. the data-return format of reversibility)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Localized
    cues: Cues


class RulePatterns(_Strict):
    """What an assessment rule looks for in one language, matched like cues (folded text).

    `patterns`: a sentence stating what the rule is about. `unless`: the same sentence is a
    look-alike when it also matches one of these (a carve-out, "sans préjudice", "non
    libératoire"). `without`: the rule holds only when no sentence of the contract matches one
    of these (e.g. a right the client gets elsewhere).
    """

    patterns: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    without: tuple[str, ...] = ()

    @field_validator("patterns", "unless", "without")
    @classmethod
    def _compiles(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return LanguageCues._compiles(values)


class RuleCues(_Strict):
    """Rule patterns per language; a document is read with its own language's patterns."""

    fr: RulePatterns = RulePatterns()
    en: RulePatterns = RulePatterns()


class Element(_Strict):
    """A point a protective clause of this kind states (a plan, a period, a format...)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Localized
    cues: RuleCues
    # False when a denial is how the point is stated: "ne peut sous-traiter sans accord".
    negatable: bool = True


# Figures the assessment reads and compares with a rule's threshold (see analysis/measures.py).
Measure = Literal["liability_cap_months", "penalty_cap_percent", "renewal_notice_months",
                  "audit_notice_days", "breach_notice_hours", "transition_months",
                  "notice_months"]


class Rule(_Strict):
    """One way a clause of this kind can fail the client, and the level it then gets.

    kind `statement`: a sentence matching `cues` (not negated, unless `negatable` is false
    because the pattern states a negation itself). kind `measure`: the figure `measure` is
    below `below` or above `above` (the thresholds a buyer tunes), read only in sentences
    matching `cues` when the rule has patterns (`without` applies too). kind `elements`: fewer than
    `min_elements` of `elements` are stated. `scope`: the clause's own passages, or the whole
    contract. `reason` is shown with the quote; `{value}`, `{threshold}` and `{missing}` are
    filled in. `met`, when given, is shown as a reason for an adequate clause when the rule
    was checked and holds (`{value}`, `{threshold}`, `{found}`).
    """

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    level: Literal["weak", "restrictive"]
    kind: Literal["statement", "measure", "elements"] = "statement"
    scope: Literal["clause", "contract"] = "clause"
    reason: Localized
    met: Localized | None = None
    cues: RuleCues = RuleCues()
    negatable: bool = True
    measure: Measure | None = None
    below: float | None = None
    above: float | None = None
    elements: tuple[Element, ...] = ()
    min_elements: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _complete(self) -> Rule:
        if self.kind == "statement" and not (self.cues.fr.patterns or self.cues.en.patterns):
            raise ValueError(f"rule {self.id!r}: a statement rule needs patterns")
        if self.kind == "measure" and (self.measure is None
                                       or (self.below is None) == (self.above is None)):
            raise ValueError(f"rule {self.id!r}: a measure rule needs `measure` and one of "
                             f"`below` or `above`")
        if self.kind == "elements" and not (self.elements
                                            and 0 < self.min_elements <= len(self.elements)):
            raise ValueError(f"rule {self.id!r}: an elements rule needs elements and "
                             f"0 < min_elements <= their number")
        return self


class AssessmentRules(_Strict):
    """How a found clause of an item is assessed: restrictive if a restrictive rule fires, weak
    if a weak one does, adequate otherwise."""

    rules: tuple[Rule, ...] = Field(min_length=1)
    # Sentences no rule reads: they name the item without being its terms (the civil liability
    # an insurance policy covers is not the contract's liability).
    ignore: RuleCues = RuleCues()

    @model_validator(mode="after")
    def _unique_ids(self) -> AssessmentRules:
        ids = [rule.id for rule in self.rules]
        if len(ids) != len(set(ids)):
            raise ValueError("two assessment rules share an id")
        return self


class Item(_Strict):
    """One mention the contract should contain."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Localized
    description: str
    legal_basis: str = ""
    severity: Literal["required", "recommended"]
    cues: Cues
    sub_criteria: tuple[SubCriterion, ...] = ()
    recommendation: Localized
    assessment: AssessmentRules | None = None


class Playbook(_Strict):
    """A named, versioned list of items to check a contract against."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    version: str
    title: Localized
    items: tuple[Item, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Playbook:
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"item id {item.id!r} appears twice")
            seen.add(item.id)
        return self

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


def available_playbooks() -> list[str]:
    """Ids of the playbooks shipped with the package, sorted."""
    return sorted(p.stem for p in PLAYBOOK_DIR.glob("*.yaml"))


def load_playbook(ref: str) -> Playbook:
    """Load a shipped playbook by id, or any playbook file by path; errors become PlaybookError."""
    path = Path(ref)
    if not (ref.endswith((".yaml", ".yml")) or path.is_file()):
        path = PLAYBOOK_DIR / f"{ref}.yaml"
        if not path.is_file():
            known = ", ".join(available_playbooks())
            raise PlaybookError(f"Unknown playbook {ref!r}; shipped playbooks: {known}.")
    return _load_file(path.resolve())


@lru_cache(maxsize=16)
def _load_file(path: Path) -> Playbook:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PlaybookError(f"Playbook file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PlaybookError(f"Playbook {path} cannot be read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise PlaybookError(f"Playbook {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise PlaybookError(f"Playbook {path} must be a mapping with id, version, title, items.")
    try:
        return Playbook.model_validate(data)
    except ValidationError as exc:
        raise PlaybookError(f"Playbook {path} does not match the schema:\n"
                            f"{_describe(exc)}") from exc


def _describe(exc: ValidationError) -> str:
    # One line per problem, with a readable location ("items.3.cues.fr.patterns.0").
    lines = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "(top level)"
        lines.append(f"  - {where}: {error['msg']}")
    return "\n".join(lines)
