"""The sidebar: language, playbook, documents (share, remove), LLM settings and status."""
from __future__ import annotations

import streamlit as st

from assistant.analysis.playbooks import available_playbooks, load_playbook
from assistant.errors import AssistantError
from assistant.models import DocumentInfo
from assistant.service import Assistant
from assistant.ui_text import LANGUAGES, text

from .session import DEFAULT_URLS, base_settings, llm_reachable, session_assistant, t

PROVIDERS = ["none", "ollama", "openai"]


def sidebar(assistant: Assistant, documents: list[DocumentInfo]) -> None:
    state = st.session_state
    with st.sidebar:
        st.segmented_control(t("language"), list(LANGUAGES), format_func=LANGUAGES.get,
                             key="lang", required=True)
        # A custom playbook named by path in the settings is offered next to the shipped ones.
        playbooks = list(dict.fromkeys([*available_playbooks(), base_settings().playbook]))
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
        st.caption(t("embedding_model", name=assistant.embedding_model) + "  \n"
                   + t("data_dir", path=assistant.settings.data_dir.resolve()))
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
    try:
        session_assistant().share(doc.doc_id)
    except AssistantError as exc:
        st.session_state.flash.append(str(exc))
        return
    st.session_state.flash.append(t("shared_done", name=doc.name))


def remove_document(doc: DocumentInfo) -> None:
    state = st.session_state
    try:
        session_assistant().remove(doc.doc_id)
    except AssistantError as exc:
        state.flash.append(str(exc))
        return
    # Its upload stays marked as done, so the file still in the uploader is not indexed again.
    state.selected = [d for d in state.selected if d != doc.doc_id]
    state.flash.append(t("removed", name=doc.name))
