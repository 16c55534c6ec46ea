"""A quoted passage with its page and section, and the page it comes from, highlighted."""
from __future__ import annotations

import streamlit as st

from assistant.models import DocumentInfo, Evidence
from assistant.service import Assistant

from .session import page_image, t

PAGE_WIDTH = 760  # pixels: a page stays readable without filling a wide screen


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
    st.markdown(blockquote(evidence.text))
    where = t("where", page=evidence.page, section=evidence.section or "—")
    st.caption(f"{evidence.document} · {where}" if evidence.document else where)
    doc = next((d for d in docs if d.name == evidence.document), docs[0])
    if st.toggle(t("show_in_document"), key=key):
        show_passage(assistant, doc, evidence.page, evidence.text)


def blockquote(text: str) -> str:
    """A passage as a Markdown quote; its own line breaks and lists (reference guides) survive."""
    return "\n".join(f"> {line.strip()}" for line in text.splitlines() if line.strip())
