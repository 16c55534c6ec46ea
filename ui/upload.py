"""Indexing uploaded files and samples under a live status, one error line per bad file."""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from assistant.errors import AssistantError
from assistant.models import DocumentInfo
from assistant.samples import SAMPLES
from assistant.service import Assistant

from .session import sample_files, t

UPLOAD_TYPES = ["pdf", "docx", "txt", "md"]
STAGES = ("read", "chunks", "embed", "store", "check")
DONE = ":green[:material/check_circle:]"
WORKING = ":gray[:material/pending:]"


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


def upload_area(assistant: Assistant) -> None:
    """The file drop zone and the sample picker; new files are indexed as soon as they land."""
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
