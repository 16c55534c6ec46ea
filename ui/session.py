"""Session state and the resources built once per process: settings, model warm-up, caches."""
from __future__ import annotations

import secrets
import urllib.error
import urllib.request
from pathlib import Path

import streamlit as st

from assistant.exports.rendering import RenderedPage, render_page
from assistant.samples import SAMPLES, TRUTH_FILE, generate_samples
from assistant.service import Assistant, build_assistant
from assistant.settings import Settings
from assistant.ui_text import text

DEFAULT_URLS = {"ollama": "http://localhost:11434", "openai": "https://api.openai.com/v1"}


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
    folder = base_settings().data_dir / "samples"
    # A data folder made before a sample was added gets the new one too.
    if not all((folder / name).is_file() for name in [TRUTH_FILE, *(s.file for s in SAMPLES)]):
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
    state.playbook = settings.playbook
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
