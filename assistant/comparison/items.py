"""One playbook item across two versions: its verdict for the client and the reasons for it."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.models import Finding

from . import wording
from .model import VERDICT_ORDER, ArticleChange, FieldChange, ItemComparison, SummaryLine

STATUS_RANK = {"absent": 0, "partial": 1, "present": 2}
LEVEL_RANK = {"restrictive": 0, "weak": 1, "adequate": 2}
SEVERITY_ORDER = {"required": 0, "recommended": 1}


@dataclass(frozen=True)
class ItemInputs:
    """What the comparison knows of one item in both versions."""

    old: Finding
    new: Finding
    rows: tuple[int | None, int | None]  # comparison rows of the articles of the best quotes
    values: list[tuple[FieldChange, int]]  # values that moved, with the row they sit in
    quotes: tuple[bool, bool, bool]  # any quote differs, old best gone, new best is new


def item_verdict(item_id: str, label: str, severity: str, inputs: ItemInputs,
                 articles: Sequence[ArticleChange], lang: str) -> ItemComparison:
    """better / worse / changed / same, with one reason per difference found."""
    old, new = inputs.old, inputs.new
    text_changed, best_gone, best_new = inputs.quotes
    reasons: list[str] = []
    verdicts: list[str] = []
    rows: set[int] = set()
    changes: dict[tuple[str, str, str], FieldChange] = {}
    for change, row in inputs.values:
        rows.add(row)
        changes.setdefault((change.field, change.old, change.new), change)
    for change in changes.values():
        reasons.append(field_reason(change, lang))
        verdicts.append(change.verdict)
    old_row, new_row = inputs.rows
    if best_gone and old_row is not None and articles[old_row].change == "removed":
        reasons.append(wording.say(lang, "article_removed", heading=_heading(articles[old_row],
                                                                             lang)))
        verdicts.append("worse")
        rows.add(old_row)
    if best_new and new_row is not None and articles[new_row].change == "added":
        reasons.append(wording.say(lang, "article_added", heading=_heading(articles[new_row],
                                                                           lang)))
        verdicts.append("changed")
        rows.add(new_row)
    if old.status != new.status and (text_changed or inputs.values):
        reasons.append(wording.say(lang, "status_change", old=wording.status(old.status, lang),
                                   new=wording.status(new.status, lang)))
        verdicts.append(_by_rank(STATUS_RANK, old.status, new.status))
    old_level, new_level = level_of(old), level_of(new)
    if (old_level in LEVEL_RANK and new_level in LEVEL_RANK and old_level != new_level
            and (text_changed or inputs.values)):
        reasons.append(wording.say(lang, "assessment_change", old=wording.level(old_level, lang),
                                   new=wording.level(new_level, lang)))
        verdicts.append(_by_rank(LEVEL_RANK, old_level, new_level))
    if not reasons and (best_gone or best_new):
        row = old_row if best_gone else new_row
        if row is not None and articles[row].change != "same":
            reasons.append(wording.say(lang, "wording", heading=_heading(articles[row], lang)))
            verdicts.append("changed")
            rows.add(row)
    return ItemComparison(item_id, label, severity, old.status, new.status, overall(verdicts),
                          tuple(reasons), tuple(changes.values()), old.evidence,
                          new.evidence, assessment_json(old), assessment_json(new),
                          tuple(sorted(rows)))


def overall(verdicts: Sequence[str]) -> str:
    """The item's verdict: the worst one found, so nothing worse hides behind a gain."""
    return min(verdicts, key=VERDICT_ORDER.__getitem__, default="same")


def field_reason(change: FieldChange, lang: str, model: bool = False) -> str:
    label = change.label
    if model:
        key = "model_value" if change.new else "model_missing_value"
        return wording.say(lang, key, label=label, old=change.old, new=change.new)
    if change.field == "liability_cap" and not change.old:
        return wording.say(lang, "cap_added", new=change.new)
    if change.field == "liability_cap" and not change.new:
        return wording.say(lang, "cap_removed", old=change.old)
    if not change.old:
        return wording.say(lang, "field_added", label=label, new=change.new)
    if not change.new:
        return wording.say(lang, "field_removed", label=label, old=change.old)
    return wording.say(lang, "field_change", label=label, old=change.old, new=change.new)


def level_of(finding: Finding) -> str:
    # The risk assessment (issue 13) may be missing on findings built before it existed.
    assessment = getattr(finding, "assessment", None)
    return getattr(assessment, "level", "") or ""


def assessment_json(finding: Finding) -> dict | None:
    assessment = getattr(finding, "assessment", None)
    return assessment.to_json() if hasattr(assessment, "to_json") else None


def _by_rank(rank: dict[str, int], old: str, new: str) -> str:
    if rank[new] == rank[old]:
        return "changed"
    return "better" if rank[new] > rank[old] else "worse"


def _heading(article: ArticleChange, lang: str) -> str:
    return article.heading or wording.say(lang, "untitled")


def summary_lines(items: Sequence[ItemComparison], articles: Sequence[ArticleChange],
                  explained: set[int], lang: str) -> tuple[SummaryLine, ...]:
    """Changed items, worst first (then required before recommended, then playbook order),
    followed by the edits no item accounts for."""
    order = {item.id: n for n, item in enumerate(items)}
    changed = sorted((i for i in items if i.verdict != "same"),
                     key=lambda i: (VERDICT_ORDER[i.verdict], SEVERITY_ORDER.get(i.severity, 2),
                                    order[i.id]))
    lines = [SummaryLine(i.verdict, i.id, i.label, "; ".join(i.reasons))  # type: ignore[arg-type]
             for i in changed]
    keys = {"modified": "wording", "removed": "article_removed", "added": "article_added"}
    for row, article in enumerate(articles):
        if article.change != "same" and row not in explained:
            heading = _heading(article, lang)
            lines.append(SummaryLine("changed", None, heading,
                                     wording.say(lang, keys[article.change], heading=heading)))
    return tuple(lines)
