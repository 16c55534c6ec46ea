"""Streamlit interface: upload contracts, read the checklist and its evidence, ask, export.

Everything goes through the Assistant facade (assistant/service.py); this file lays out the
page and ui/ holds its parts. Run it with `make run`.
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import streamlit as st

from assistant.analysis.playbooks import load_playbook
from assistant.errors import AssistantError
from assistant.exports import report as reports
from ui.chat import chat_tab
from ui.checklist import checklist_tab, reversibility_tab
from ui.compare import compare_tab
from ui.exports import exports_tab
from ui.portfolio import portfolio_page
from ui.session import init_session, session_assistant, t, warm_up
from ui.sidebar import sidebar
from ui.upload import upload_area


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
    state.setdefault("view", "contract")
    st.segmented_control(t("view"), ["contract", "portfolio"], key="view", required=True,
                         format_func=lambda v, names=(t("view_contract"), t("view_portfolio")):
                         names[v == "portfolio"], label_visibility="collapsed")
    upload_area(assistant)
    for message in state.flash:
        st.toast(message)
    state.flash = []

    documents = assistant.documents()
    known = {d.doc_id: d for d in documents}
    state.selected = [d for d in state.selected if d in known]
    sidebar(assistant, documents)
    if state.view == "portfolio":
        portfolio_page(assistant, documents)
        return
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

    checklist, exit_view, chat, exports, compare = st.tabs(
        [t("tab_checklist"), t("tab_reversibility"), t("tab_chat"), t("tab_exports"),
         t("tab_compare")], key="tab")
    with checklist:
        checklist_tab(assistant, report, playbook, docs)
    with exit_view:
        reversibility_tab(assistant, report, docs)
    with chat:
        chat_tab(assistant, doc_ids, docs)
    with exports:
        exports_tab(report, doc_ids, docs)
    with compare:
        compare_tab(assistant, doc_ids, documents)


main()
