"""Two versions compared: articles aligned and redlined, values diffed, a verdict per item.

A difference is only reported where the text differs. The checklist reads each version anew,
so its status or its choice of quote can move on an unchanged text (a passage cut elsewhere
after a page shift); an item's status change counts only when a sentence it quotes is not in
the other version, and values are only diffed in the sentences one version has and the other
has not.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.analysis.numbers import parse_digits, parse_words
from assistant.analysis.playbooks import Playbook
from assistant.analysis.signals import fold, split_sentences
from assistant.errors import ComparisonError
from assistant.models import Evidence, Finding

from . import wording
from .articles import Article, Pair, align, articles_of
from .fields import FIELD_ITEMS, FieldValue, judge, sentence_values
from .items import ItemInputs, item_verdict, summary_lines
from .model import (
    ArticleChange,
    Comparison,
    FieldChange,
    Segment,
    Side,
    Version,
)
from .redline import redline

_LANGUAGE_NAMES = {"fr": "French", "en": "English"}
_FIGURE = re.compile(r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")


def compare_versions(old: Version, new: Version, playbook: Playbook,
                     language: str | None = None) -> Comparison:
    """The old and the new version of a contract (each one file or a contract with annexes)."""
    if old.language != new.language:
        raise ComparisonError(
            f"'{old.name}' is in {_LANGUAGE_NAMES.get(old.language, old.language)} and "
            f"'{new.name}' in {_LANGUAGE_NAMES.get(new.language, new.language)}: comparing a "
            f"contract with its translation is out of scope; compare two versions in the same "
            f"language")
    lang = wording.language(language, new.language)
    texts = _Texts(articles_of(old.chunks, old.vectors, _names(old)),
                   articles_of(new.chunks, new.vectors, _names(new)))
    pairs = align(texts.old, texts.new)
    articles = tuple(_article_change(p, texts) for p in pairs)
    texts.index(pairs)
    ids = [item.id for item in playbook.items]
    old_findings = {f.id: f for f in old.report.findings}
    new_findings = {f.id: f for f in new.report.findings}
    firsts = {item_id: (texts.locate(old_findings.get(item_id), "old"),
                        texts.locate(new_findings.get(item_id), "new")) for item_id in ids}
    values = _value_changes(pairs, articles, texts, ids, firsts, old.language, lang)
    items = []
    for item in playbook.items:
        old_f, new_f = old_findings.get(item.id), new_findings.get(item.id)
        if old_f is None or new_f is None:
            continue
        inputs = ItemInputs(old_f, new_f, firsts[item.id], values.get(item.id, []),
                            _quotes_changed(old_f, new_f, texts))
        items.append(item_verdict(item.id, item.label.get(lang), item.severity, inputs,
                                  articles, lang))
    explained = {k for i in items for k in i.articles}
    return Comparison("versions", lang, side_of(old), side_of(new), playbook.id,
                      playbook.version, summary_lines(items, articles, explained, lang),
                      tuple(items), articles)


def side_of(version: Version) -> Side:
    document = version.report.document
    return Side(document.name, document.doc_id, document.language, document.pages,
                tuple(d.name for d in version.documents))


def _names(version: Version) -> dict[str, str]:
    # A contract with annexes says which file each article comes from; a single file need not.
    if len(version.documents) < 2:
        return {}
    return {d.doc_id: d.name for d in version.documents}


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _Texts:
    """Both versions' articles, their full texts (to test whether a sentence survived) and
    where each article went in the comparison."""

    old: list[Article]
    new: list[Article]
    old_text: str = ""
    new_text: str = ""
    old_at: dict[int, int] = field(default_factory=dict)  # old article -> comparison row
    new_at: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.old_text = "\n".join(a.norm for a in self.old)
        self.new_text = "\n".join(a.norm for a in self.new)

    def index(self, pairs: Sequence[Pair]) -> None:
        for row, pair in enumerate(pairs):
            if pair.old is not None:
                self.old_at[pair.old] = row
            if pair.new is not None:
                self.new_at[pair.new] = row

    def survives(self, quote: str, side: str) -> bool:
        """Whether a sentence of one version is, word for word, in the other version."""
        return norm(quote) in (self.new_text if side == "old" else self.old_text)

    def locate(self, finding: Finding | None, side: str) -> int | None:
        """The comparison row of the article holding a finding's best quote."""
        if finding is None or not finding.evidence:
            return None
        quote = finding.evidence[0]
        articles = self.old if side == "old" else self.new
        wanted = norm(quote.text)
        candidates = sorted(range(len(articles)),
                            key=lambda i: articles[i].heading != quote.section)
        for i in candidates:
            if wanted in articles[i].norm:
                return (self.old_at if side == "old" else self.new_at).get(i)
        return None


def _quotes_changed(old_f: Finding, new_f: Finding, texts: _Texts) -> tuple[bool, bool, bool]:
    """(any quote of either version is not in the other, the old best quote is gone, the new
    best quote is new)."""
    gone = [not texts.survives(e.text, "old") for e in old_f.evidence]
    fresh = [not texts.survives(e.text, "new") for e in new_f.evidence]
    return any(gone) or any(fresh), bool(gone and gone[0]), bool(fresh and fresh[0])


def _article_change(pair: Pair, texts: _Texts) -> ArticleChange:
    a = texts.old[pair.old] if pair.old is not None else None
    b = texts.new[pair.new] if pair.new is not None else None
    if a is not None and b is not None:
        unchanged = a.norm == b.norm and fold(a.title).strip() == fold(b.title).strip()
        return ArticleChange(a.heading, b.heading, "same" if unchanged else "modified",
                             1.0 if unchanged else pair.similarity,
                             () if unchanged else redline(a.tokens, b.tokens),
                             a.document, b.document, a.page, b.page)
    if a is not None:
        return ArticleChange(a.heading, "", "removed", 0.0, (Segment("-", a.norm),),
                             old_document=a.document, old_page=a.page)
    assert b is not None
    return ArticleChange("", b.heading, "added", 0.0, (Segment("+", b.norm),),
                         new_document=b.document, new_page=b.page)


def sentences(article: Article) -> list[Evidence]:
    """An article's sentences, each quoted with its page and section."""
    return [Evidence(article.page_at(s.start), article.heading, article.text[s.start:s.end],
                     article.document) for s in split_sentences(article.text)]


def _value_changes(pairs: Sequence[Pair], articles: Sequence[ArticleChange], texts: _Texts,
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


