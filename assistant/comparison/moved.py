"""Values that moved: read in the sentences an edit of the redline falls on, tied to items."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.analysis.numbers import parse_digits, parse_words
from assistant.analysis.signals import fold

from . import wording
from .articles import Pair, sentences
from .fields import FIELD_ITEMS, FieldValue, judge, sentence_values
from .model import ArticleChange, FieldChange, Segment
from .texts import Texts

_FIGURE = re.compile(r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")


def value_changes(pairs: Sequence[Pair], articles: Sequence[ArticleChange], texts: Texts,
                   ids: list[str], firsts: dict[str, tuple[int | None, int | None]],
                   doc_language: str, lang: str) -> dict[str, list[tuple[FieldChange, int]]]:
    """Per item, the values that moved inside modified articles, with the row they sit in (the
    same change stated in two articles, a target in the text and in a table, comes twice)."""
    found: dict[str, list[tuple[FieldChange, int]]] = {}
    for row, pair in enumerate(pairs):
        if articles[row].change != "modified" or pair.old is None or pair.new is None:
            continue
        deleted, inserted = edited(articles[row].segments, "-"), edited(articles[row].segments, "+")
        old_values = [v for s in sentences(texts.old[pair.old]) if not texts.survives(s.text, "old")
                      for v in sentence_values(s, doc_language) if touched(v, deleted)]
        new_values = [v for s in sentences(texts.new[pair.new]) if not texts.survives(s.text, "new")
                      for v in sentence_values(s, doc_language) if touched(v, inserted)]
        for before, after in diff_values(old_values, new_values):
            some = before or after
            assert some is not None
            item_id = _item_for(some, ids, firsts, row)
            if item_id is None:
                continue
            change = FieldChange(some.field, wording.field_label(some.field, lang),
                                 before.display if before else "", after.display if after else "",
                                 judge(some.field, before, after),  # type: ignore[arg-type]
                                 before.quote if before else None, after.quote if after else None)
            found.setdefault(item_id, []).append((change, row))
    return found


@dataclass(frozen=True)
class Edited:
    """What one side of a redline changed: its numbers and its (folded) words, each run read
    with one word of context so "1 000" stays one figure when only "1" changed."""

    numbers: frozenset[float]
    text: str


def edited(segments: Sequence[Segment], op: str) -> Edited:
    side = [s for s in segments if s.op in ("=", op)]
    runs = []
    for i, segment in enumerate(side):
        if segment.op != op:
            continue
        before = side[i - 1].text.split()[-1:] if i > 0 else []
        after = side[i + 1].text.split()[:1] if i + 1 < len(side) else []
        runs.append(" ".join([*before, segment.text, *after]))
    text = fold(" ".join(runs))
    numbers = {parse_digits(m.group(0)) for m in _FIGURE.finditer(text)}
    for token in re.findall(r"[a-z]+(?:-[a-z]+)*", text):
        value = parse_words(token)
        if value is not None:
            numbers.add(float(value))
    return Edited(frozenset(n for n in numbers if n is not None), text)


def touched(value: FieldValue, edits: Edited) -> bool:
    """Whether an edit of the redline falls on this value (a table row holds several)."""
    if value.field == "liability_cap":
        return True  # read from the cap's whole sentence, which the edit is in
    if value.quantity is not None:
        return any(abs(value.quantity - n) < 1e-6 for n in edits.numbers)
    names = [w for w in re.findall(r"[a-z]{3,}", fold(value.display))]
    return not names or any(w in edits.text for w in names)


def diff_values(old: list[FieldValue], new: list[FieldValue]
                ) -> list[tuple[FieldValue | None, FieldValue | None]]:
    """Per field, the values only one side states, paired in reading order."""
    by_field: dict[str, tuple[list[FieldValue], list[FieldValue]]] = {}
    for value in old:
        by_field.setdefault(value.field, ([], []))[0].append(value)
    for value in new:
        by_field.setdefault(value.field, ([], []))[1].append(value)
    result: list[tuple[FieldValue | None, FieldValue | None]] = []
    for before, after in by_field.values():
        remaining = list(after)
        only_old = []
        for value in before:
            twin = next((v for v in remaining if v.key == value.key), None)
            if twin is None:
                only_old.append(value)
            else:
                remaining.remove(twin)
        for i in range(max(len(only_old), len(remaining))):
            result.append((only_old[i] if i < len(only_old) else None,
                           remaining[i] if i < len(remaining) else None))
    return result


def _item_for(value: FieldValue, ids: list[str], firsts: dict[str, tuple[int | None, int | None]],
              row: int) -> str | None:
    """The item a value is about: its field's item, or the topic of its sentence (a notice),
    or the item whose best quote sits in the same article."""
    wanted = FIELD_ITEMS.get(value.field)
    if value.field == "notice":
        folded = fold(value.quote.text)
        if "resili" in folded or "terminat" in folded:
            wanted = "termination"
        elif any(w in folded for w in ("reconduc", "recondui", "renouvel", "renew", "extension")):
            wanted = "duration"
    if wanted in ids:
        return wanted
    return next((item_id for item_id in ids if row in firsts[item_id]), None)
