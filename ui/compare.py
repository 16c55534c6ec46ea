"""The Compare tab: two versions (or a contract and the model clauses), what moved, exports."""
from __future__ import annotations

import hashlib
import html
import json

import streamlit as st

from assistant.comparison import Comparison
from assistant.comparison import wording as words
from assistant.comparison.model import ArticleChange, ItemComparison
from assistant.comparison.redline import compact
from assistant.comparison.render import (
    CONTEXT_WORDS,
    MEDIA_TYPES,
    article_where,
    file_name,
    quote_pairs,
    render,
)
from assistant.errors import AssistantError
from assistant.models import DocumentInfo, Evidence
from assistant.service import Assistant

from .evidence import blockquote, evidence_block
from .session import t
from .upload import UPLOAD_TYPES, index_one

VERDICT_ICONS = {"worse": ":material/trending_down:", "better": ":material/trending_up:",
                 "changed": ":material/swap_horiz:", "same": ":material/check:"}
VERDICT_TINTS = {"worse": "red", "better": "green", "changed": "orange", "same": "gray"}
DELETED_STYLE = "color:#c0292b;text-decoration:line-through"
INSERTED_STYLE = "color:#1450aa;text-decoration:underline"


def compare_tab(assistant: Assistant, doc_ids: list[str], documents: list[DocumentInfo]) -> None:
    state = st.session_state
    known = {d.doc_id: d for d in documents}
    st.caption(t("compare_intro"))
    against = st.toggle(t("compare_corpus"), key="compare_corpus")
    for key in ("compare_old", "compare_new"):  # a removed document leaves the selection
        if key in state:
            state[key] = [d for d in state[key] if d in known]
    if state.get("compare_follows") != doc_ids:
        # The reference version follows the contract analysed above until the user picks one.
        state.compare_old = list(doc_ids)
        state.compare_follows = list(doc_ids)
    left, right = st.columns(2)
    with left:
        old_ids = st.multiselect(t("compare_contract" if against else "compare_old"),
                                 list(known), key="compare_old",
                                 format_func=lambda d: known[d].name)
    new_ids: list[str] = []
    if not against:
        with right:
            _upload_new_version(assistant, known)
            new_ids = st.multiselect(t("compare_new"), list(known), key="compare_new",
                                     format_func=lambda d: known[d].name)
    if not old_ids or (not against and not new_ids):
        st.info(t("compare_pick"), icon=":material/difference:")
        return
    old_docs, new_docs = [known[d] for d in old_ids], [known[d] for d in new_ids]
    if not against and _languages_differ(old_docs, new_docs):
        return
    try:
        comparison = _comparison(assistant, old_ids, new_ids, against)
    except AssistantError as exc:
        st.error(str(exc), icon=":material/block:")
        return
    show(assistant, comparison, old_docs, new_docs)


def _upload_new_version(assistant: Assistant, known: dict[str, DocumentInfo]) -> None:
    """A file dropped here is indexed and becomes the new version (before the picker is drawn,
    so the picker can show it selected)."""
    state = st.session_state
    file = st.file_uploader(t("compare_upload"), type=UPLOAD_TYPES, key="compare_upload")
    if file is None or state.get("compare_uploaded") == file.file_id:
        return
    outcome = index_one(assistant, file.getvalue(), file.name)
    state.compare_uploaded = file.file_id
    if isinstance(outcome, DocumentInfo):
        known[outcome.doc_id] = outcome
        state.compare_new = [outcome.doc_id]
    else:
        st.error(outcome, icon=":material/block:")


def _languages_differ(old_docs: list[DocumentInfo], new_docs: list[DocumentInfo]) -> bool:
    old_language, new_language = _language(old_docs), _language(new_docs)
    if old_language == new_language:
        return False
    st.warning(t("compare_languages", old=" + ".join(d.name for d in old_docs),
                 new=" + ".join(d.name for d in new_docs),
                 old_language=t(f"language_{old_language}") if old_language in ("fr", "en")
                 else old_language,
                 new_language=t(f"language_{new_language}") if new_language in ("fr", "en")
                 else new_language), icon=":material/translate:")
    return True


def _language(docs: list[DocumentInfo]) -> str:
    languages = [d.language for d in docs]
    return max(set(languages), key=languages.count)


def _comparison(assistant: Assistant, old_ids: list[str], new_ids: list[str],
                against: bool) -> Comparison:
    state = st.session_state
    key = (tuple(old_ids), tuple(new_ids), against, state.playbook, state.lang)
    kept = state.get("comparison")
    if kept is None or kept[0] != key:
        result = (assistant.compare_to_corpus(old_ids, state.playbook, state.lang) if against
                  else assistant.compare(old_ids, new_ids, state.playbook, state.lang))
        state.comparison = (key, result)
    return state.comparison[1]


def show(assistant: Assistant, comparison: Comparison, old_docs: list[DocumentInfo],
         new_docs: list[DocumentInfo]) -> None:
    """Counts, the summary (worst first), each changed clause with both quotes, the articles."""
    lang = comparison.language
    counts = {v: sum(i.verdict == v for i in comparison.items) for v in ("worse", "changed",
                                                                          "better")}
    changed_articles = [a for a in comparison.articles if a.change != "same"]
    columns = st.columns(4)
    for column, verdict in zip(columns, ("worse", "changed", "better"), strict=False):
        column.metric(t(f"compare_{verdict}"), counts[verdict], border=True)
    columns[3].metric(t("compare_articles_count"), len(changed_articles), border=True)

    st.subheader(t("compare_summary"))
    if not comparison.summary:
        st.success(t("compare_same"), icon=":material/check_circle:")
    for line in comparison.summary:
        st.markdown(f":{VERDICT_TINTS[line.verdict]}[{VERDICT_ICONS[line.verdict]}] "
                    f"**{line.label}** · "
                    f"{words.verdict(line.verdict, lang)} — {line.reason}")

    items = [i for i in comparison.items if i.verdict != "same"]
    order = {line.id: n for n, line in enumerate(comparison.summary)}
    items.sort(key=lambda i: order.get(i.id, len(order)))
    if items:
        st.subheader(t("compare_items"))
    for item in items:
        with st.expander(f"**{item.label}** — {words.verdict(item.verdict, lang)}",
                         icon=VERDICT_ICONS[item.verdict],
                         key=f"compare-item-{item.id}"):
            _item(assistant, comparison, item, old_docs, new_docs)

    if changed_articles:
        st.subheader(t("compare_articles"))
        st.caption(t("compare_legend"))
    for number, article in enumerate(changed_articles):
        title = article.heading or words.say(lang, "untitled")
        with st.expander(f"{title} — {words.change(article.change, lang)}",
                         key=f"compare-article-{number}"):
            st.caption(article_where(article, lang))
            redline(article)
    _exports(comparison)


def _item(assistant: Assistant, comparison: Comparison, item: ItemComparison,
          old_docs: list[DocumentInfo], new_docs: list[DocumentInfo]) -> None:
    st.markdown("\n".join(f"- {reason}" for reason in item.reasons))
    before, after = st.columns(2)
    old_side = "compare_model" if comparison.mode == "corpus" else "compare_before"
    before.markdown(f"**{t(old_side)}**")
    after.markdown(f"**{t('compare_after')}**")
    for row, (old, new) in enumerate(quote_pairs(item)):
        with before:
            if comparison.mode == "corpus":
                _quote(old)
            else:
                _evidence(assistant, old, old_docs, f"compare-old-{item.id}-{row}")
        with after:
            _evidence(assistant, new, new_docs, f"compare-new-{item.id}-{row}")
    for index in item.articles:
        article = comparison.articles[index]
        if article.change != "same":
            st.markdown(f"**{t('compare_redline')}** · {article.heading}")
            redline(article, short=True)


def _evidence(assistant: Assistant, evidence: Evidence | None, docs: list[DocumentInfo],
              key: str) -> None:
    if evidence is None:
        st.caption(t("compare_no_quote"))
    else:
        evidence_block(assistant, evidence, docs, key=key)


def _quote(evidence: Evidence | None) -> None:
    if evidence is None:
        st.caption(t("compare_no_quote"))
        return
    st.markdown(blockquote(evidence.text))
    st.caption(" · ".join(p for p in (evidence.document, evidence.section) if p))


def redline(article: ArticleChange, short: bool = False) -> None:
    """The article's words: deleted ones struck through, inserted ones underlined; `short`
    keeps a few words around each edit only."""
    parts = []
    for segment in compact(article.segments, CONTEXT_WORDS) if short else article.segments:
        text = html.escape(" ".join(segment.text.split()))
        if segment.op == "-":
            parts.append(f'<del style="{DELETED_STYLE}">{text}</del>')
        elif segment.op == "+":
            parts.append(f'<ins style="{INSERTED_STYLE}">{text}</ins>')
        else:
            parts.append(text)
    st.markdown(f'<div class="redline">{" ".join(parts)}</div>', unsafe_allow_html=True)


def _exports(comparison: Comparison) -> None:
    """Download buttons; the files are bytes kept for this comparison (see ui/exports.py)."""
    st.subheader(t("compare_exports"))
    key = hashlib.sha256(json.dumps(comparison.to_json(), sort_keys=True).encode()).hexdigest()
    files = st.session_state.setdefault("compare_files", {})
    if files.get("comparison") != key:
        files.clear()
        files["comparison"] = key
    columns = st.columns(4)
    buttons = [("markdown", "compare_export_md", ":material/description:"),
               ("docx", "compare_export_docx", ":material/article:"),
               ("pdf", "compare_export_pdf", ":material/picture_as_pdf:"),
               ("json", "compare_export_json", ":material/data_object:")]
    for column, (fmt, label, icon) in zip(columns, buttons, strict=True):
        if fmt not in files:
            files[fmt] = render(comparison, fmt)
        column.download_button(t(label), data=files[fmt], file_name=file_name(comparison, fmt),
                               mime=MEDIA_TYPES[fmt], icon=icon, key=f"compare-export-{fmt}",
                               on_click="ignore", width="stretch")
