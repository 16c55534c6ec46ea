"""Download buttons for the report, the checklist and the chat transcript."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import streamlit as st

from assistant.exports import report as reports
from assistant.exports import transcript
from assistant.models import CheckReport, DocumentInfo

from .session import t


def exports_tab(report: CheckReport, doc_ids: list[str], docs: list[DocumentInfo]) -> None:
    lang = st.session_state.lang
    st.caption(t("exports_intro"))
    buttons = [("markdown", "export_md", ":material/description:"),
               ("pdf", "export_pdf", ":material/picture_as_pdf:"),
               ("docx", "export_docx", ":material/article:"),
               ("csv", "export_csv", ":material/table_view:"),
               ("json", "export_json", ":material/data_object:")]
    columns = st.columns(3)
    files = report_files(report)
    for number, (fmt, label, icon) in enumerate(buttons):
        if (fmt, lang) not in files:
            files[(fmt, lang)] = reports.render(report, fmt, lang)
        columns[number % 3].download_button(
            t(label), data=files[(fmt, lang)],
            file_name=reports.file_name(report, fmt), mime=reports.MEDIA_TYPES[fmt],
            icon=icon, key=f"export-{fmt}", on_click="ignore", width="stretch")
    history = st.session_state.chats.get("|".join(doc_ids), [])
    names = [d.name for d in docs]
    columns[2].download_button(
        t("export_chat"), data=transcript.to_markdown(history, names, lang),
        file_name=f"{Path(names[0]).stem}-conversation.md", mime="text/markdown",
        icon=":material/forum:", key="export-chat", on_click="ignore", width="stretch",
        disabled=not history, help=None if history else t("no_chat"))


def report_files(report: CheckReport) -> dict:
    """This session's export files of the report, by (format, language); emptied when it changes.

    Bytes rather than a callable: Streamlit gives a callable a new id on every rerun, so a click
    on a button drawn by the previous run (while a chat answer is still being written) finds
    nothing; the same bytes keep the same id.
    """
    key = hashlib.sha256(json.dumps(report.to_json(), sort_keys=True).encode()).hexdigest()
    files = st.session_state.setdefault("export_files", {})
    if files.get("report") != key:
        files.clear()
        files["report"] = key
    return files
