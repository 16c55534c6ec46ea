"""Two versions compared: articles aligned and redlined, values diffed, a verdict per item.

A difference is only reported where the text differs. The checklist reads each version anew,
so its status or its choice of quote can move on an unchanged text (a passage cut elsewhere
after a page shift); an item's status change counts only when a sentence it quotes is not in
the other version, and values are only diffed in the sentences one version has and the other
has not.
"""
from __future__ import annotations

from assistant.analysis.playbooks import Playbook
from assistant.analysis.signals import fold
from assistant.errors import ComparisonError
from assistant.models import Finding

from . import wording
from .articles import Pair, align, articles_of
from .items import ItemInputs, item_verdict, summary_lines
from .model import ArticleChange, Comparison, Segment, Side, Version
from .moved import value_changes
from .redline import redline
from .texts import Texts

_LANGUAGE_NAMES = {"fr": "French", "en": "English"}


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
    texts = Texts(articles_of(old.chunks, old.vectors, _names(old)),
                   articles_of(new.chunks, new.vectors, _names(new)))
    pairs = align(texts.old, texts.new)
    articles = tuple(_article_change(p, texts) for p in pairs)
    texts.index(pairs)
    ids = [item.id for item in playbook.items]
    old_findings = {f.id: f for f in old.report.findings}
    new_findings = {f.id: f for f in new.report.findings}
    firsts = {item_id: (texts.locate(old_findings.get(item_id), "old"),
                        texts.locate(new_findings.get(item_id), "new")) for item_id in ids}
    values = value_changes(pairs, articles, texts, ids, firsts, old.language, lang)
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


def _quotes_changed(old_f: Finding, new_f: Finding, texts: Texts) -> tuple[bool, bool, bool]:
    """(any quote of either version is not in the other, the old best quote is gone, the new
    best quote is new)."""
    gone = [not texts.survives(e.text, "old") for e in old_f.evidence]
    fresh = [not texts.survives(e.text, "new") for e in new_f.evidence]
    return any(gone) or any(fresh), bool(gone and gone[0]), bool(fresh and fresh[0])


def _article_change(pair: Pair, texts: Texts) -> ArticleChange:
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
