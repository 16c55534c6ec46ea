"""Streamlit interface: upload contracts, read the checklist and its evidence, ask, export.

Everything goes through the Assistant facade (assistant/service.py); this file holds widgets,
layout, caching and the wording of errors. Run it with `make run`.
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import secrets
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from assistant import report as reports
from assistant import transcript
from assistant.errors import AssistantError
from assistant.models import Answer, CheckReport, Citation, DocumentInfo, Evidence, Turn
from assistant.playbooks import Playbook, available_playbooks, load_playbook
from assistant.rendering import RenderedPage, render_page
from assistant.samples import SAMPLES
from assistant.service import Assistant, build_assistant
from assistant.settings import Settings
from assistant.ui_text import (
    LANGUAGES,
    STATUS_COLOURS,
    STATUS_ICONS,
    STATUS_TINTS,
    SUGGESTED_QUESTIONS,
    text,
)

UPLOAD_TYPES = ["pdf", "docx", "txt", "md"]
PROVIDERS = ["none", "ollama", "openai"]
DEFAULT_URLS = {"ollama": "http://localhost:11434", "openai": "https://api.openai.com/v1"}
STAGES = ("read", "chunks", "embed", "store", "check")
PAGE_WIDTH = 760  # pixels: a page stays readable without filling a wide screen
DONE = ":green[:material/check_circle:]"
WORKING = ":gray[:material/pending:]"


# -- process-wide resources (built once, shared by every session) ----------------------------------
@st.cache_resource(show_spinner=False)
def base_settings() -> Settings:
    return Settings()


@st.cache_resource(show_spinner=False)
def warm_up() -> str:
    """Loads the embedding model and opens the store once per process."""
    return build_assistant(base_settings()).embedding_model


@st.cache_resource(show_spinner=False)
def sample_files() -> dict[str, Path]:
    """The bundled sample contracts, written once into DATA_DIR/samples."""
    from assistant.samples import SAMPLES, TRUTH_FILE, generate_samples

    folder = base_settings().data_dir / "samples"
    if not (folder / TRUTH_FILE).is_file():
        generate_samples(folder)
    return {s.title: folder / s.file for s in SAMPLES}


@st.cache_data(max_entries=64, show_spinner=False)
def page_image(path: str, page: int, quotes: tuple[str, ...]) -> RenderedPage:
    return render_page(Path(path), page, quotes)


@st.cache_data(ttl=10, show_spinner=False)
def llm_reachable(provider: str, base_url: str) -> bool:
    """A 1-second GET on the server's model list; any HTTP answer means it is up."""
    root = (base_url or DEFAULT_URLS[provider]).rstrip("/")
    url = f"{root}/api/tags" if provider == "ollama" else f"{root}/models"
    try:
        with urllib.request.urlopen(url, timeout=1):
            return True
    except urllib.error.HTTPError:
        return True  # e.g. 401 without a key: the server is there
    except (urllib.error.URLError, TimeoutError, OSError, ValueError):
        return False


# -- session ------------------------------------------------------------------------------------
def init_session() -> None:
    state = st.session_state
    if "owner" in state:
        return
    settings = base_settings()
    # A random owner per browser session keeps each user's uploads private to them.
    state.owner = f"session-{secrets.token_hex(8)}"
    state.lang = "fr"
    state.llm_provider = settings.llm_provider
    state.llm_model = settings.llm_model
    state.llm_base_url = settings.llm_base_url
    state.playbook = settings.playbook if settings.playbook in available_playbooks() \
        else available_playbooks()[0]
    state.selected = []
    state.outcomes = {}  # uploaded file id -> DocumentInfo, or the error message
    state.chats = {}  # "doc_id|doc_id" -> list[Turn]
    state.flash = []


def session_assistant() -> Assistant:
    """This session's Assistant, rebuilt (cheaply) when the LLM settings change."""
    state = st.session_state
    llm = (state.llm_provider, state.llm_model.strip(), state.llm_base_url.strip())
    if state.get("assistant_llm") != llm:
        settings = base_settings().model_copy(update={
            "llm_provider": llm[0], "llm_model": llm[1], "llm_base_url": llm[2]})
        state.assistant = build_assistant(settings, owner=state.owner)
        state.assistant_llm = llm
    return state.assistant


def t(key: str, **values: object) -> str:
    return text(st.session_state.lang, key, **values)


# -- indexing -----------------------------------------------------------------------------------
def index_one(assistant: Assistant, data: bytes, name: str) -> DocumentInfo | str:
    """Index one file and run its checklist under a live status; a bad file gives a message."""
    with st.status(t("reading", name=name), expanded=True) as status:
        slots = {stage: st.empty() for stage in STAGES}

        def progress(stage: str, done: int, total: int) -> None:
            if stage in slots:
                mark = DONE if done >= total else WORKING
                slots[stage].markdown(f"{mark} {t('stage_' + stage, done=done, total=total)}")

        try:
            doc = assistant.index_bytes(data, name, progress)
            report = assistant.check([doc.doc_id], st.session_state.playbook)
        except AssistantError as exc:
            status.update(label=t("failed", name=name), state="error", expanded=False)
            reason = str(exc)
            return reason if reason.startswith(name) else t("bad_file", name=name, reason=reason)
        slots["check"].markdown(f"{DONE} {t('stage_check', count=len(report.findings))}")
        status.update(label=t("ready", name=name, pages=doc.pages, chunks=doc.chunks),
                      state="complete", expanded=False)
    return doc


def handle_uploads(assistant: Assistant, files: Sequence) -> None:
    state = st.session_state
    for file in files:
        if file.file_id in state.outcomes:
            continue
        outcome = index_one(assistant, file.getvalue(), file.name)
        state.outcomes[file.file_id] = outcome
        if isinstance(outcome, DocumentInfo):
            state.selected = [outcome.doc_id]
    for file in files:  # one line per bad file, for as long as it stays in the uploader
        outcome = state.outcomes.get(file.file_id)
        if isinstance(outcome, str):
            st.error(outcome, icon=":material/block:")


def load_sample(assistant: Assistant, title: str) -> None:
    path = sample_files()[title]
    outcome = index_one(assistant, path.read_bytes(), path.name)
    if isinstance(outcome, DocumentInfo):
        st.session_state.selected = [outcome.doc_id]
    else:
        st.error(outcome, icon=":material/block:")


# -- sidebar ------------------------------------------------------------------------------------
def sidebar(assistant: Assistant, documents: list[DocumentInfo]) -> None:
    state = st.session_state
    with st.sidebar:
        st.segmented_control(t("language"), list(LANGUAGES), format_func=LANGUAGES.get,
                             key="lang", required=True)
        playbooks = available_playbooks()
        st.selectbox(t("playbook"), playbooks, key="playbook",
                     format_func=lambda ref, lang=state.lang: load_playbook(ref).title.get(lang))
        st.subheader(t("sidebar_documents"))
        if not documents:
            st.caption(t("no_documents"))
        for doc in documents:
            shared = doc.owner != state.owner
            with st.container(border=True):
                st.markdown(f"**{doc.name}**  \n{doc.pages} p · {doc.language.upper()} · "
                            f"{t('shared') if shared else t('private')}")
                if not shared:
                    with st.container(horizontal=True):
                        st.button(t("share_short"), key=f"share-{doc.doc_id}", help=t("share"),
                                  icon=":material/share:", type="tertiary",
                                  on_click=share_document, args=(doc,))
                        st.button(t("remove_short"), key=f"remove-{doc.doc_id}",
                                  help=t("remove"), icon=":material/delete:", type="tertiary",
                                  on_click=remove_document, args=(doc,))
        with st.expander(t("sidebar_llm"), icon=":material/smart_toy:"):
            st.selectbox(t("provider"), PROVIDERS, key="llm_provider",
                         format_func=lambda p, none=t("provider_none"): none if p == "none" else p)
            off = state.llm_provider == "none"
            st.text_input(t("model"), key="llm_model", disabled=off)
            st.text_input(t("base_url"), key="llm_base_url", disabled=off,
                          placeholder=DEFAULT_URLS.get(state.llm_provider, ""))
        llm_status(state.llm_provider, state.llm_base_url.strip(), state.lang)
        with st.expander(t("sidebar_about"), icon=":material/settings:"):
            st.markdown(f"**{t('embedding_model')}**  \n`{assistant.embedding_model}`")
            st.markdown(f"**{t('data_dir')}**  \n`{assistant.settings.data_dir.resolve()}`")
        st.caption(f":material/lock: {t('privacy')}")


@st.fragment(run_every=15)
def llm_status(provider: str, base_url: str, lang: str) -> None:
    """The LLM indicator, re-checked every few seconds without rerunning the page."""
    if provider == "none":
        st.caption(f":gray[:material/radio_button_unchecked:] {text(lang, 'llm_off')}")
    elif llm_reachable(provider, base_url):
        st.caption(f":green[:material/circle:] {text(lang, 'llm_up')} "
                   f"({base_url or DEFAULT_URLS[provider]})")
    else:
        st.caption(f":red[:material/circle:] {text(lang, 'llm_down')} "
                   f"({base_url or DEFAULT_URLS[provider]})")


def share_document(doc: DocumentInfo) -> None:
    session_assistant().share(doc.doc_id)
    st.session_state.flash.append(t("shared_done", name=doc.name))


def remove_document(doc: DocumentInfo) -> None:
    state = st.session_state
    session_assistant().remove(doc.doc_id)
    # Its upload stays marked as done, so the file still in the uploader is not indexed again.
    state.selected = [d for d in state.selected if d != doc.doc_id]
    state.flash.append(t("removed", name=doc.name))


# -- evidence and page view ---------------------------------------------------------------------
def show_passage(assistant: Assistant, doc: DocumentInfo, page: int, quote: str) -> None:
    """The PDF page with the quote highlighted, or the passage itself for DOCX/TXT files."""
    path = assistant.file_path(doc.doc_id)
    if path is None:
        st.caption(t("file_missing"))
    elif path.suffix == ".pdf":
        rendered = page_image(str(path), page, (quote,))
        st.image(rendered.png, caption=t("page_caption", name=doc.name, page=page,
                                         pages=rendered.pages), width=PAGE_WIDTH)
        if not rendered.found:
            st.caption(t("not_located"))
    else:
        st.caption(t("no_page_view"))
        wanted = " ".join(quote.split())
        chunk = next((c for c in assistant.chunks(doc.doc_id)
                      if wanted in " ".join(c.text.split())), None)
        body = " ".join(chunk.text.split()) if chunk else wanted
        marked = wanted.replace("[", "(").replace("]", ")")
        st.markdown(body.replace(wanted, f":orange-background[{marked}]"))


def evidence_block(assistant: Assistant, evidence: Evidence, docs: list[DocumentInfo],
                   key: str) -> None:
    st.markdown(f"> {' '.join(evidence.text.split())}")
    where = t("where", page=evidence.page, section=evidence.section or "—")
    st.caption(f"{evidence.document} · {where}" if evidence.document else where)
    doc = next((d for d in docs if d.name == evidence.document), docs[0])
    if st.toggle(t("show_in_document"), key=key):
        show_passage(assistant, doc, evidence.page, evidence.text)


# -- checklist dashboard ------------------------------------------------------------------------
def checklist_tab(assistant: Assistant, report: CheckReport, playbook: Playbook,
                  docs: list[DocumentInfo]) -> None:
    counts = reports.counts(report.findings)
    gaps = sum(f.severity == "required" and f.status != "present" for f in report.findings)
    columns = st.columns(5)
    columns[0].metric(t("score"), f"{report.score:.0f} / 100", help=t("score_help"), border=True)
    for column, status in zip(columns[1:4], reports.STATUSES, strict=True):
        column.metric(t(status + "_plural"), counts[status], icon=STATUS_ICONS[status],
                      border=True)
    columns[4].metric(t("required_gaps"), gaps, icon=":material/priority_high:", border=True)

    chart, table = st.columns([2, 3])
    with chart:
        st.markdown(f"**{t('chart_title')}**")
        st.altair_chart(severity_chart(report), width="stretch")
    with table:
        rows = [{t("col_status"): t(f.status),
                 t("col_item"): f.label, t("col_severity"): t(f.severity),
                 t("col_confidence"): f.confidence, t("col_pages"): reports.pages_of(f)}
                for f in report.findings]
        colours = {t(s): STATUS_COLOURS[s] for s in reports.STATUSES}
        styled = pd.DataFrame(rows).style.map(
            lambda v: f"color: {colours[v]}; font-weight: 600", subset=[t("col_status")])
        st.dataframe(styled, hide_index=True, height=330, column_config={
            t("col_status"): st.column_config.TextColumn(width="small"),
            t("col_severity"): st.column_config.TextColumn(width="small"),
            t("col_confidence"): st.column_config.ProgressColumn(
                min_value=0.0, max_value=1.0, format="%.2f", color="blue", width="small"),
            t("col_pages"): st.column_config.TextColumn(width="small")})

    st.subheader(t("details"))
    names = status_names()
    shown = st.pills(t("filter"), reports.STATUSES, selection_mode="multi",
                     default=list(reports.STATUSES), key="status_filter",
                     format_func=lambda s: f"{STATUS_ICONS[s]} {names[s]}") or []
    known = {item.id: item for item in playbook.items}
    for f in report.findings:
        if f.status not in shown:
            continue
        title = f"**{f.label}** — {tinted(f.status)} · {f.confidence:.0%}"
        with st.expander(title, icon=STATUS_ICONS[f.status], key=f"item-{f.id}"):
            item = known.get(f.id)
            basis = [t("legal_basis", basis=item.legal_basis)] if item and item.legal_basis else []
            st.caption(" · ".join([t(f.severity), *basis]))
            if not f.evidence:
                st.markdown(f"_{t('no_evidence')}_")
            for i, evidence in enumerate(f.evidence):
                evidence_block(assistant, evidence, docs, key=f"page-{f.id}-{i}")
            if f.missing:
                missing_list(f.missing)
            if f.recommendation and f.status != "present":
                st.info(f.recommendation, icon=":material/lightbulb:")


def tinted(status: str) -> str:
    return f":{STATUS_TINTS[status]}[{t(status)}]"


def missing_list(missing: Sequence[str]) -> None:
    st.markdown(f"**{t('missing')}**\n\n"
                + "\n".join(f"- :red[:material/close:] {m}" for m in missing))


def status_names() -> dict[str, str]:
    # Format functions outlive the run (AppTest calls them later): they must close over plain
    # values, not over st.session_state.
    return {status: t(status) for status in reports.STATUSES}


def severity_chart(report: CheckReport) -> alt.Chart:
    """Present / partial / absent counts per severity, as stacked bars in traffic-light colours."""
    rows = []
    for severity in ("required", "recommended"):
        for order, status in enumerate(reports.STATUSES):
            count = sum(f.severity == severity and f.status == status for f in report.findings)
            rows.append({"severity": t(severity), "status": t(status), "count": count,
                         "order": order})
    labels = [t(s) for s in reports.STATUSES]
    return alt.Chart(pd.DataFrame(rows)).mark_bar().encode(
        x=alt.X("count:Q", title=t("count"), axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("severity:N", title=None, sort=[t("required"), t("recommended")]),
        color=alt.Color("status:N", title=None, legend=alt.Legend(orient="bottom"),
                        scale=alt.Scale(domain=labels,
                                        range=[STATUS_COLOURS[s] for s in reports.STATUSES])),
        order=alt.Order("order:Q"),
        tooltip=["severity:N", "status:N", "count:Q"],
    ).properties(height=220)


# -- reversibility ------------------------------------------------------------------------------
def reversibility_tab(assistant: Assistant, report: CheckReport,
                      docs: list[DocumentInfo]) -> None:
    lang = st.session_state.lang
    finding = next((f for f in report.findings if f.id == "reversibility"), None)
    if finding is None:
        st.info(t("not_in_playbook"))
    else:
        st.subheader(f":{STATUS_TINTS[finding.status]}[{STATUS_ICONS[finding.status]}] "
                     f"{t('reversibility_status', status=t(finding.status).lower())}")
        if finding.recommendation and finding.status != "present":
            st.info(finding.recommendation, icon=":material/lightbulb:")
        criteria = reports.reversibility_rows(report.reversibility, lang)
        if criteria:
            st.markdown(f"**{t('sub_criteria')}**")
        for c in criteria:
            status = c.status if c.status in STATUS_ICONS else "absent"
            with st.expander(f"{c.label} — {tinted(status)}", icon=STATUS_ICONS[status],
                             key=f"criterion-{c.id}"):
                if not c.evidence:
                    st.markdown(f"_{t('no_evidence')}_")
                for i, evidence in enumerate(c.evidence):
                    evidence_block(assistant, evidence, docs, key=f"page-exit-{c.id}-{i}")
                if c.values:
                    values_table(c.values)
        if not criteria and finding.evidence:
            for i, evidence in enumerate(finding.evidence):
                evidence_block(assistant, evidence, docs, key=f"page-exit-{i}")
        if finding.missing:
            missing_list(finding.missing)
        exit_values = reports.value_rows(report.reversibility.get("values") or {})
        if exit_values:
            st.markdown(f"**{t('exit_values')}**")
            values_table(exit_values)
    st.subheader(t("headline_values"))
    values = reports.value_rows(report.values)
    if values:
        values_table(values)
    else:
        st.caption(t("no_values"))


def values_table(rows: Sequence[reports.ValueRow]) -> None:
    lang = st.session_state.lang
    st.dataframe(pd.DataFrame([{
        t("col_kind"): reports.value_label(v.kind, lang), t("col_value"): v.value,
        t("col_page"): v.page or None, t("col_text"): " ".join(v.text.split())} for v in rows]),
        hide_index=True)


# -- chat ---------------------------------------------------------------------------------------
def chat_tab(assistant: Assistant, doc_ids: list[str], docs: list[DocumentInfo]) -> None:
    state = st.session_state
    history: list[Turn] = state.chats.setdefault("|".join(doc_ids), [])
    messages = st.container()
    with messages:
        for number, turn in enumerate(history):
            with st.chat_message("user"):
                st.markdown(turn.question)
            with st.chat_message("assistant"):
                answer_body(assistant, turn.answer, docs, key=f"turn-{number}")
    st.caption(t("suggestions"))
    suggestions = st.columns(len(SUGGESTED_QUESTIONS[state.lang]))
    for column, suggestion in zip(suggestions, SUGGESTED_QUESTIONS[state.lang], strict=True):
        column.button(suggestion, key=f"suggest-{suggestion}", width="stretch",
                      on_click=queue_question, args=(suggestion,))
    typed = st.chat_input(t("chat_placeholder"), key="chat")
    question = typed or state.pop("queued", None)
    if not question:
        return
    with messages:
        with st.chat_message("user"):
            st.markdown(question)
        with st.chat_message("assistant"):
            answer = stream_answer(assistant, question, doc_ids, history)
            answer_body(assistant, answer, docs, key=f"turn-{len(history)}", streamed=True)
    history.append(Turn(question, answer, tuple(doc_ids)))


def queue_question(question: str) -> None:
    st.session_state.queued = question


def stream_answer(assistant: Assistant, question: str, doc_ids: list[str],
                  history: Sequence[Turn]) -> Answer:
    """Writes the answer as it comes; returns the final Answer, whose text is authoritative."""
    final: list[Answer] = []

    def pieces() -> Iterator[str]:
        for piece in assistant.ask_stream(question, doc_ids, history):
            if isinstance(piece, Answer):
                final.append(piece)
            else:
                yield hard_breaks(piece)

    holder = st.empty()
    with holder.container():
        try:
            st.write_stream(pieces())
        except AssistantError as exc:
            final.append(Answer(str(exc), st.session_state.lang, "extractive", False))
    holder.empty()
    return final[-1]


def answer_body(assistant: Assistant, answer: Answer, docs: list[DocumentInfo], key: str,
                streamed: bool = False) -> None:
    st.markdown(hard_breaks(answer.text))
    notes = [t("mode_llm") if answer.mode == "llm" else t("mode_extractive")]
    if not answer.grounded:
        notes.append(t("ungrounded"))
    if answer.notice:
        notes.append(answer.notice)
    st.caption(" · ".join(notes))
    if answer.citations:
        with st.expander(t("sources", count=len(answer.citations)), expanded=streamed,
                         key=f"sources-{key}"):
            for i, citation in enumerate(answer.citations):
                citation_block(assistant, citation, docs, key=f"{key}-{i}", number=i + 1)


def citation_block(assistant: Assistant, citation: Citation, docs: list[DocumentInfo],
                   key: str, number: int) -> None:
    kind = t("source_contract") if citation.source == "contract" else t("source_reference")
    where = [citation.document]
    if citation.page:
        where.append(f"p. {citation.page}")
    if citation.section:
        where.append(citation.section)
    st.markdown(f"**[{number}]** {kind} · {' · '.join(where)}")
    st.markdown(f"> {' '.join(citation.text.split())}")
    doc = next((d for d in docs if d.name == citation.document), None)
    viewable = citation.source == "contract" and doc is not None and citation.page
    if viewable and st.toggle(t("show_in_document"), key=f"cite-{key}"):
        show_passage(assistant, doc, citation.page, citation.text)


def hard_breaks(piece: str) -> str:
    # The engine separates lines with single newlines, which Markdown would join.
    return piece.replace("\n", "  \n")


# -- exports ------------------------------------------------------------------------------------
def exports_tab(report: CheckReport, doc_ids: list[str], docs: list[DocumentInfo]) -> None:
    lang = st.session_state.lang
    st.caption(t("exports_intro"))
    buttons = [("markdown", "export_md", ":material/description:"),
               ("pdf", "export_pdf", ":material/picture_as_pdf:"),
               ("docx", "export_docx", ":material/article:"),
               ("csv", "export_csv", ":material/table_view:"),
               ("json", "export_json", ":material/data_object:")]
    columns = st.columns(3)
    for number, (fmt, label, icon) in enumerate(buttons):
        columns[number % 3].download_button(
            t(label), data=lambda fmt=fmt: reports.render(report, fmt, lang),
            file_name=reports.file_name(report, fmt), mime=reports.MEDIA_TYPES[fmt],
            icon=icon, key=f"export-{fmt}", on_click="ignore", width="stretch")
    history = st.session_state.chats.get("|".join(doc_ids), [])
    names = [d.name for d in docs]
    columns[2].download_button(
        t("export_chat"), data=lambda: transcript.to_markdown(history, names, lang),
        file_name=f"{Path(names[0]).stem}-conversation.md", mime="text/markdown",
        icon=":material/forum:", key="export-chat", on_click="ignore", width="stretch",
        disabled=not history, help=None if history else t("no_chat"))


# -- page ---------------------------------------------------------------------------------------
def main() -> None:
    st.set_page_config(page_title="Contract assistant", page_icon=":material/handshake:",
                       layout="wide")
    init_session()
    state = st.session_state
    try:
        with st.spinner(t("loading")):
            warm_up()
        assistant = session_assistant()
    except AssistantError as exc:
        st.error(str(exc), icon=":material/block:")
        st.stop()

    st.title(f":material/handshake: {t('app_title')}")
    st.caption(t("tagline"))
    upload, sample = st.columns([3, 2], vertical_alignment="bottom")
    with upload:
        files = st.file_uploader(t("upload"), type=UPLOAD_TYPES, accept_multiple_files=True,
                                 key="uploads", help=t("upload_help"))
    with sample:
        title = st.selectbox(t("sample"), [s.title for s in SAMPLES], key="sample")
        clicked = st.button(t("sample_button"), icon=":material/science:", key="load-sample")
    handle_uploads(assistant, files or [])
    if clicked:
        load_sample(assistant, title)
    for message in state.flash:
        st.toast(message)
    state.flash = []

    documents = assistant.documents()
    known = {d.doc_id: d for d in documents}
    state.selected = [d for d in state.selected if d in known]
    sidebar(assistant, documents)
    if not documents:
        st.info(t("empty_state"), icon=":material/upload_file:")
        return
    doc_ids = st.multiselect(t("documents_select"), list(known), key="selected",
                             format_func=lambda d: known[d].name)
    if not doc_ids:
        st.info(t("empty_state"), icon=":material/upload_file:")
        return
    docs = [known[d] for d in doc_ids]
    try:
        playbook = load_playbook(state.playbook)
        report = reports.translated(assistant.check(doc_ids, state.playbook), playbook,
                                    state.lang)
    except AssistantError as exc:
        st.error(str(exc), icon=":material/block:")
        return
    checklist, exit_tab, chat, exports = st.tabs(
        [t("tab_checklist"), t("tab_reversibility"), t("tab_chat"), t("tab_exports")],
        key="tab")
    with checklist:
        checklist_tab(assistant, report, playbook, docs)
    with exit_tab:
        reversibility_tab(assistant, report, docs)
    with chat:
        chat_tab(assistant, doc_ids, docs)
    with exports:
        exports_tab(report, doc_ids, docs)


main()
