"""Shared fixtures: isolated settings per test, and one real assistant per session for speed."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from assistant.settings import Settings

from .builders import ENGLISH_CONTRACT, FRENCH_CONTRACT, make_pdf

REPO = Path(__file__).resolve().parent.parent
MINI_CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a fresh data folder with a two-guide corpus, so tests stay quick."""
    return Settings(data_dir=tmp_path / "data", corpus_dir=MINI_CORPUS)


@pytest.fixture
def assistant(settings: Settings):
    """A real assistant (real model, real persistent Chroma) on a fresh data folder."""
    from assistant.service import build_assistant

    return build_assistant(settings)


@pytest.fixture(scope="session")
def session_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("session-data")


@pytest.fixture(scope="session")
def shared_assistant(session_data: Path):
    """One assistant for read-only tests, with the French and English test contracts indexed."""
    from assistant.service import build_assistant

    built = build_assistant(Settings(data_dir=session_data / "data", corpus_dir=MINI_CORPUS))
    folder = session_data / "docs"
    folder.mkdir()
    built.index_file(make_pdf(folder / "contrat-fr.pdf", FRENCH_CONTRACT,
                              header="Contrat n° 2024-017 – Confidentiel",
                              footer="Page {page}/{pages}"))
    built.index_file(make_pdf(folder / "agreement-en.pdf", ENGLISH_CONTRACT))
    return built


@pytest.fixture(scope="session")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated sample contracts and their truth files, made once; tests only read them."""
    from assistant.samples import generate_samples

    folder = tmp_path_factory.mktemp("samples")
    generate_samples(folder)
    return folder


@pytest.fixture
def french_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "contrat-fr.pdf", FRENCH_CONTRACT,
                    header="Contrat n° 2024-017 – Confidentiel", footer="Page {page}/{pages}")


@pytest.fixture
def english_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "agreement-en.pdf", ENGLISH_CONTRACT)


@contextmanager
def app_settings_env(data: Path) -> Iterator[Path]:
    """The app's environment for an AppTest module: its own data folder, the mini corpus, no
    LLM; Streamlit's cached Settings cleared on the way in and out, the environment restored."""
    import streamlit as st

    names = ("CONTRACT_ASSISTANT_DATA_DIR", "CONTRACT_ASSISTANT_CORPUS_DIR",
             "CONTRACT_ASSISTANT_LLM_PROVIDER")
    saved = {k: os.environ.get(k) for k in names}
    os.environ.update(dict(zip(names, (str(data), str(MINI_CORPUS), "none"), strict=True)))
    st.cache_resource.clear()  # the app caches its Settings per process
    try:
        yield data
    finally:
        st.cache_resource.clear()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
