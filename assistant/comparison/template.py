"""A contract against the reference corpus's model clause for each playbook item."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.analysis.playbooks import Playbook
from assistant.analysis.signals import split_sentences
from assistant.index.corpus import Guide
from assistant.models import Evidence, Finding

from . import wording
from .articles import Article, articles_of, sentences
from .compare import side_of
from .fields import DIRECTION, FIELD_ITEMS, FieldValue, judge, sentence_values
from .items import LEVEL_RANK, assessment_json, field_reason, level_of, overall, summary_lines
from .model import ArticleChange, Comparison, FieldChange, ItemComparison, Side, Version
from .redline import redline, similarity, words
from .texts import norm

# The heading of the model clause in a guide, per language of the guide.
_MODEL_HEADINGS = {"fr": "## Clause type", "en": "## Model clause"}


@dataclass(frozen=True)
class ModelClause:
    """The model clause of one item: its heading as written in the guide, text and guide."""

    heading: str
    text: str
    guide: Guide

    @property
    def quote(self) -> Evidence:
        return Evidence(1, self.heading, self.text, self.guide.path)


def model_clauses(guides: Sequence[Guide], language: str) -> dict[str, ModelClause]:
    """Item id -> its model clause, from the guides in `language` (a guide per item first)."""
    found: dict[str, ModelClause] = {}
    ranked = sorted((g for g in guides if g.language == language),
                    key=lambda g: len(g.clause_ids))
    for guide in ranked:
        clause = _model_section(guide, language)
        if clause is None:
            continue
        for item_id in guide.clause_ids:
            found.setdefault(item_id, clause)
    return found


def _model_section(guide: Guide, language: str) -> ModelClause | None:
    marker = _MODEL_HEADINGS.get(language, _MODEL_HEADINGS["en"])
    if marker not in guide.body:
        return None
    section = guide.body.split(marker, 1)[1]
    section = re.split(r"\n## ", section, maxsplit=1)[0].strip()
    heading = ""
    bold = re.match(r"\*\*(?P<title>[^*]+)\*\*\s*", section)
    if bold:
        heading, section = bold["title"].strip().rstrip("."), section[bold.end():]
    text = section.replace("**", "").strip()
    return ModelClause(heading or guide.title, text, guide) if text else None


def compare_with_models(version: Version, playbook: Playbook, guides: Sequence[Guide],
                        language: str | None = None) -> Comparison:
    """Each item of the contract against the model clause for it (status, values, wording)."""
    doc_language = version.language if version.language in wording.LANGUAGES else "en"
    lang = wording.language(language, doc_language)
    models = model_clauses(guides, doc_language)
    names = {d.doc_id: d.name for d in version.documents} if len(version.documents) > 1 else {}
    contract = articles_of(version.chunks, version.vectors, names)
    findings = {f.id: f for f in version.report.findings}
    items: list[ItemComparison] = []
    articles: list[ArticleChange] = []
    for item in playbook.items:
        finding, model = findings.get(item.id), models.get(item.id)
        if finding is None:
            continue
        label = item.label.get(lang)
        if model is None:
            items.append(ItemComparison(item.id, label, item.severity, "absent", finding.status,
                                        "same", new_evidence=finding.evidence,
                                        new_assessment=assessment_json(finding)))
            continue
        home = _article_of(finding, contract)
        articles.append(_against(model, home, lang))
        items.append(_item(item.id, label, item.severity, model, finding, contract,
                           len(articles) - 1, doc_language, lang))
    used = list(dict.fromkeys(models.values()))
    old = Side(wording.say(lang, "model"), hashlib.sha256(
        "\n".join(m.text for m in used).encode()).hexdigest(), doc_language, 0,
        tuple(dict.fromkeys(m.guide.path for m in used)))
    return Comparison("corpus", lang, old, side_of(version), playbook.id, playbook.version,
                      summary_lines(items, articles, set(range(len(articles))), lang),
                      tuple(items), tuple(articles))


def _article_of(finding: Finding, articles: list[Article]) -> Article | None:
    if finding.status == "absent" or not finding.evidence:
        return None
    wanted = norm(finding.evidence[0].text)
    return next((a for a in articles if wanted in a.norm), None)


def _against(model: ModelClause, article: Article | None, lang: str) -> ArticleChange:
    model_words = words(model.text)
    heading = f"{model.guide.title} ({wording.say(lang, 'model_word')})"
    if article is None:
        return ArticleChange(heading, "", "removed", 0.0, redline(model_words, []),
                             old_document=model.guide.path, old_page=1)
    score = similarity(model_words, article.tokens)
    same = model_words == article.tokens
    return ArticleChange(heading, article.heading, "same" if same else "modified", score,
                         () if same else redline(model_words, article.tokens),
                         model.guide.path, article.document, 1, article.page)


def _item(item_id: str, label: str, severity: str, model: ModelClause, finding: Finding,
          contract: list[Article], row: int, doc_language: str, lang: str) -> ItemComparison:
    reasons: list[str] = []
    verdicts: list[str] = []
    if finding.status != "present":
        reasons.append(wording.say(lang, "model_absent" if finding.status == "absent"
                                   else "model_partial"))
        verdicts.append("worse")
    changes: list[FieldChange] = []
    if finding.status != "absent":
        wanted = _first_values(_model_sentences(model), item_id, doc_language)
        stated = _first_values(_contract_sentences(finding, contract), item_id, doc_language)
        for name, ideal in wanted.items():
            actual = stated.get(name)
            same = actual is not None and actual.key == ideal.key
            if same or not _target(name, ideal, actual):
                continue
            change = FieldChange(name, wording.field_label(name, lang), ideal.display,
                                 actual.display if actual else "",
                                 judge(name, ideal, actual) if actual else "changed",  # type: ignore[arg-type]
                                 ideal.quote, actual.quote if actual else None)
            changes.append(change)
            reasons.append(field_reason(change, lang, model=True))
            verdicts.append(change.verdict)
    level = level_of(finding)
    if level in LEVEL_RANK and level != "adequate":
        reasons.append(wording.say(lang, "model_assessment", new=wording.level(level, lang)))
        verdicts.append("worse")
    return ItemComparison(item_id, label, severity, "present", finding.status, overall(verdicts),
                          tuple(reasons), tuple(changes), (model.quote,), finding.evidence,
                          None, assessment_json(finding), (row,))


def _target(field: str, ideal: FieldValue, actual: FieldValue | None) -> bool:
    """Whether the model's value is a target to compare. A figure with a better side is; a
    format the contract does not state is worth saying; the hosting place only when one side
    is outside the EU. A term, a court or a town of the model is an example, not a target."""
    if field in DIRECTION:
        return True
    if field == "data_format":
        return actual is None
    if field == "hosting":
        return actual is not None and judge(field, ideal, actual) != "changed"
    return False


def _model_sentences(model: ModelClause) -> list[Evidence]:
    return [Evidence(1, model.heading, model.text[s.start:s.end], model.guide.path)
            for s in split_sentences(model.text)]


def _contract_sentences(finding: Finding, contract: list[Article]) -> list[Evidence]:
    """The sentences of the articles the finding quotes and of their sibling sub-clauses (the
    period of 24.4 counts for a reversibility quoted from 24.2), in document order."""
    quotes = [norm(e.text) for e in finding.evidence]
    held = [a for a in contract if any(q in a.norm for q in quotes)]
    roots = {a.root for a in held if a.root}
    return [s for a in contract if a in held or a.root in roots for s in sentences(a)]


def _first_values(quotes: list[Evidence], item_id: str, language: str) -> dict[str, FieldValue]:
    first: dict[str, FieldValue] = {}
    for quote in quotes:
        for value in sentence_values(quote, language):
            if FIELD_ITEMS.get(value.field) == item_id:
                first.setdefault(value.field, value)
    return first
