"""A comparison written out: plain text for a terminal, Markdown, JSON; DOCX and PDF in office."""
from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

from assistant.exports.report import MEDIA_TYPES as REPORT_MEDIA_TYPES
from assistant.models import Evidence

from . import wording
from .model import ArticleChange, Comparison, ItemComparison, Segment
from .redline import compact

FORMATS = ("text", "json", "markdown", "docx", "pdf")
MEDIA_TYPES = {**REPORT_MEDIA_TYPES, "text": "text/plain"}
EXTENSIONS = {"text": "txt", "json": "json", "markdown": "md", "docx": "docx", "pdf": "pdf"}
CONTEXT_WORDS = 12  # unchanged words kept on each side of an edit in the short redlines


def render(comparison: Comparison, fmt: str, today: date | None = None) -> bytes:
    """The comparison in one of FORMATS, as the bytes of a file."""
    match fmt:
        case "text":
            return to_text(comparison).encode("utf-8")
        case "json":
            return (json.dumps(comparison.to_json(), ensure_ascii=False, indent=2)
                    + "\n").encode("utf-8")
        case "markdown" | "md":
            return to_markdown(comparison, today).encode("utf-8")
        case "docx":
            from .office import to_docx

            return to_docx(comparison, today)
        case "pdf":
            from .office import to_pdf

            return to_pdf(comparison, today)
    raise ValueError(f"unknown comparison format {fmt!r}; use one of {', '.join(FORMATS)}")


def file_name(comparison: Comparison, fmt: str) -> str:
    """A download name like 'fr-infogerance-complet-v2-comparison.docx'."""
    stem = Path(comparison.new.files[0] if len(comparison.new.files) == 1
                else comparison.new.name).stem if comparison.new.files else "contract"
    return f"{_slug(stem)}-comparison.{EXTENSIONS['markdown' if fmt == 'md' else fmt]}"


def _slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-") or "contract"


def title(comparison: Comparison) -> str:
    lang = comparison.language
    key = "title_corpus" if comparison.mode == "corpus" else "title"
    return f"{wording.say(lang, key)} – {comparison.old.name} → {comparison.new.name}"


def meta_rows(comparison: Comparison, today: date) -> list[tuple[str, str]]:
    lang = comparison.language
    old_label = "model" if comparison.mode == "corpus" else "old"
    rows = [(wording.say(lang, old_label), _side_text(comparison.old)),
            (wording.say(lang, "new"), _side_text(comparison.new)),
            (wording.say(lang, "playbook"),
             f"{comparison.playbook_id} v{comparison.playbook_version}"),
            (wording.say(lang, "date"), today.isoformat())]
    return rows


def _side_text(side) -> str:
    files = f" ({', '.join(side.files)})" if len(side.files) > 1 else ""
    return f"{side.name}{files} · SHA-256 {side.sha256[:16]}…"


def changed_items(comparison: Comparison) -> list[ItemComparison]:
    """The items the summary names, in its order (worst first)."""
    order = [line.id for line in comparison.summary if line.id]
    by_id = {i.id: i for i in comparison.items}
    return [by_id[i] for i in order if i in by_id]


def changed_articles(comparison: Comparison) -> list[ArticleChange]:
    return [a for a in comparison.articles if a.change != "same"]


def where(evidence, lang: str) -> str:
    parts = [evidence.document] if evidence.document else []
    if evidence.page:
        parts.append(wording.say(lang, "p", page=evidence.page))
    if evidence.section:
        parts.append(evidence.section)
    return ", ".join(parts)


def article_where(article: ArticleChange, lang: str) -> str:
    """"p. 3 → p. 4", or one page for an added or removed article."""
    pages = []
    for document, page in ((article.old_document, article.old_page),
                           (article.new_document, article.new_page)):
        if page:
            text = wording.say(lang, "p", page=page)
            pages.append(f"{document} {text}" if document else text)
    return " → ".join(pages)


def article_title(article: ArticleChange, lang: str) -> str:
    old = article.old_heading or wording.say(lang, "untitled")
    new = article.new_heading or wording.say(lang, "untitled")
    if article.change == "removed":
        return old
    if article.change == "added" or old == new:
        return new
    return f"{old} → {new}"


def short(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    return compact(segments, CONTEXT_WORDS)


def number(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "fr" else text


def squash(text: str) -> str:
    return " ".join(text.split())


# -- text ----------------------------------------------------------------------------------------
def to_text(comparison: Comparison) -> str:
    """The summary and the edited articles, for a terminal."""
    lang = comparison.language
    colon = wording.say(lang, "colon")
    out = [title(comparison), ""]
    out += [f"{key}{colon} {value}" for key, value in meta_rows(comparison, date.today())[:2]]
    out += ["", wording.say(lang, "summary")]
    if not comparison.summary:
        out.append(f"  {wording.say(lang, 'no_change')}")
    for line in comparison.summary:
        out.append(f"  [{wording.verdict(line.verdict, lang)}] {line.label}{colon} "
                   f"{line.reason}")
    articles = changed_articles(comparison)
    if articles:
        out += ["", wording.say(lang, "articles")]
    for article in articles:
        similarity = number(article.similarity, lang) if article.change == "modified" else ""
        out.append(f"  [{wording.change(article.change, lang)}] "
                   f"{article_title(article, lang)} ({article_where(article, lang)})"
                   + (f" {wording.say(lang, 'similarity').lower()} {similarity}"
                      if similarity else ""))
        if article.change == "modified":
            redline = " ".join(_wdiff(s) for s in short(article.segments))
            out.append(f"      {redline}")
    return "\n".join(out) + "\n"


def _wdiff(segment: Segment) -> str:
    return {"-": f"[-{segment.text}-]", "+": f"{{+{segment.text}+}}"}.get(segment.op,
                                                                           segment.text)


# -- Markdown ------------------------------------------------------------------------------------
def to_markdown(comparison: Comparison, today: date | None = None) -> str:
    """The whole comparison: summary, items table, changed items with both quotes, articles."""
    lang = comparison.language
    today = today or date.today()
    colon = wording.say(lang, "colon")
    out = [f"# {title(comparison)}", "", "| | |", "|---|---|"]
    out += [f"| {key} | {_cell(value)} |" for key, value in meta_rows(comparison, today)]
    out += ["", f"## {wording.say(lang, 'summary')}", ""]
    if not comparison.summary:
        out.append(wording.say(lang, "no_change"))
    out += [f"- **{wording.verdict(line.verdict, lang)}** — {line.label}{colon} {line.reason}"
            for line in comparison.summary]
    old_label = "model" if comparison.mode == "corpus" else "old"
    out += ["", f"## {wording.say(lang, 'items')}", "",
            f"| {wording.say(lang, 'item')} | {wording.say(lang, old_label)} | "
            f"{wording.say(lang, 'new')} | {wording.say(lang, 'verdict')} |", "|---|---|---|---|"]
    out += [f"| {_cell(i.label)} | {wording.status(i.old_status, lang)} | "
            f"{wording.status(i.new_status, lang)} | {wording.verdict(i.verdict, lang)} |"
            for i in comparison.items]
    items = changed_items(comparison)
    if items:
        out += ["", f"## {wording.say(lang, 'details')}"]
    for item in items:
        out += ["", f"### {item.label} — {wording.verdict(item.verdict, lang)}", ""]
        out += [f"- {reason}" for reason in item.reasons]
        if item.changes:
            out += ["", f"| {wording.say(lang, 'field')} | {wording.say(lang, 'before')} | "
                        f"{wording.say(lang, 'after')} |", "|---|---|---|"]
            for change in item.changes:
                before = _value_cell(change.old, change.old_quote, lang)
                after = _value_cell(change.new, change.new_quote, lang)
                out.append(f"| {_cell(change.label)} | {before} | {after} |")
        old_quotes = wording.say(lang, "model" if comparison.mode == "corpus" else "old_quotes")
        out += ["", f"| {old_quotes} | {wording.say(lang, 'new_quotes')} |", "|---|---|"]
        out += [f"| {_quote_cell(before, lang)} | {_quote_cell(after, lang)} |"
                for before, after in quote_pairs(item)]
    articles = changed_articles(comparison)
    if articles:
        out += ["", f"## {wording.say(lang, 'articles')}", "", f"_{wording.say(lang, 'legend')}_"]
    for article in articles:
        header = f"### {article_title(article, lang)} — {wording.change(article.change, lang)}"
        if article.change == "modified":
            header += (f" ({wording.say(lang, 'similarity').lower()} "
                       f"{number(article.similarity, lang)})")
        out += ["", header, "", f"_{article_where(article, lang)}_", "",
                markdown_redline(short(article.segments))]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip() + "\n"


def markdown_redline(segments: tuple[Segment, ...]) -> str:
    """Deleted words in <del>, inserted ones in <ins> (struck through and underlined)."""
    parts = []
    for segment in segments:
        text = html.escape(squash(segment.text), quote=False)
        parts.append({"-": f"<del>{text}</del>", "+": f"<ins>{text}</ins>"}.get(segment.op, text))
    return " ".join(parts)


def _value_cell(value: str, quote, lang: str) -> str:
    if not value:
        return "—"
    if quote is None:
        return _cell(value)
    return _cell(f"{value} ({where(quote, lang)})")


def _quote_cell(evidence: Evidence | None, lang: str) -> str:
    if evidence is None:
        return f"_{wording.say(lang, 'none_quoted')}_"
    return f"{quoted(_cell(evidence.text), lang)} — {_cell(where(evidence, lang))}"


def quote_pairs(item: ItemComparison) -> list[tuple[Evidence | None, Evidence | None]]:
    """The passages to read side by side: the sentences whose values moved, else each
    version's best quote."""
    pairs = [(c.old_quote, c.new_quote) for c in item.changes]
    if not pairs:
        pairs = [(item.old_evidence[0] if item.old_evidence else None,
                  item.new_evidence[0] if item.new_evidence else None)]
    return list(dict.fromkeys(pairs))


def quoted(text: str, lang: str) -> str:
    return f"« {text} »" if lang == "fr" else f"“{text}”"


def _cell(text: str) -> str:
    return squash(text).replace("|", "\\|")
