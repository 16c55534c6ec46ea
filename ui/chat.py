"""The conversation about the selected contract: history, suggestions, streamed answers."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import streamlit as st

from assistant.errors import AssistantError
from assistant.models import Answer, Citation, DocumentInfo, Turn
from assistant.service import Assistant
from assistant.ui_text import SUGGESTED_QUESTIONS

from .evidence import blockquote, show_passage
from .session import t


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
    with st.container(horizontal=True):
        for suggestion in SUGGESTED_QUESTIONS[state.lang]:
            st.button(suggestion, key=f"suggest-{suggestion}", icon=":material/help:",
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
    st.markdown(blockquote(citation.text))
    doc = next((d for d in docs if d.name == citation.document), None)
    viewable = citation.source == "contract" and doc is not None and citation.page
    if viewable and st.toggle(t("show_in_document"), key=f"cite-{key}"):
        show_passage(assistant, doc, citation.page, citation.text)


def hard_breaks(piece: str) -> str:
    # The engine separates lines with single newlines, which Markdown would join.
    return piece.replace("\n", "  \n")
