"""Chat model factory and streaming: providers, install hints, dead and slow servers."""
from __future__ import annotations

import socket
import sys
import threading
import time

import pytest
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage
from langchain_ollama import ChatOllama
from langchain_openai import ChatOpenAI

from assistant.answers.llm import MAX_ANSWER_TOKENS, build_chat_model, stream_text
from assistant.errors import ConfigurationError, LLMUnavailableError
from assistant.settings import Settings


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def silent_server():
    """A server that accepts connections and never answers: a hung LLM."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


def test_provider_none_means_extractive_mode():
    assert build_chat_model(Settings(llm_provider="none")) is None


def test_openai_provider_points_at_the_configured_server():
    model = build_chat_model(Settings(llm_provider="openai", llm_model="smollm2",
                                      llm_base_url="http://127.0.0.1:9/v1", llm_api_key="sk-x",
                                      llm_timeout=7.5, llm_temperature=0.0))
    assert isinstance(model, ChatOpenAI)
    assert (model.model_name, model.openai_api_base, model.request_timeout, model.max_retries,
            model.max_tokens) == ("smollm2", "http://127.0.0.1:9/v1", 7.5, 0, MAX_ANSWER_TOKENS)
    assert model.openai_api_key.get_secret_value() == "sk-x"


def test_openai_provider_on_a_local_server_needs_no_real_key(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    model = build_chat_model(Settings(llm_provider="openai", llm_model="m",
                                      llm_base_url="http://127.0.0.1:9/v1"))
    assert model.openai_api_key.get_secret_value() == "sk-local"


def test_openai_provider_without_key_or_server_is_a_configuration_error(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="LLM_API_KEY"):
        build_chat_model(Settings(llm_provider="openai", llm_model="gpt-4o-mini"))


def test_ollama_provider_gets_model_url_and_timeout():
    model = build_chat_model(Settings(llm_provider="ollama", llm_model="mistral",
                                      llm_base_url="http://127.0.0.1:11434", llm_timeout=12))
    assert isinstance(model, ChatOllama)
    assert (model.model, model.base_url, model.client_kwargs, model.num_predict) == (
        "mistral", "http://127.0.0.1:11434", {"timeout": 12.0}, MAX_ANSWER_TOKENS)


def test_missing_model_name_is_a_configuration_error():
    with pytest.raises(ConfigurationError, match="CONTRACT_ASSISTANT_LLM_MODEL"):
        build_chat_model(Settings(llm_provider="ollama"))


@pytest.mark.parametrize("provider, package", [("openai", "langchain_openai"),
                                               ("ollama", "langchain_ollama")])
def test_missing_integration_package_gives_an_install_hint(monkeypatch, provider, package):
    monkeypatch.setitem(sys.modules, package, None)  # makes the import fail
    with pytest.raises(ConfigurationError, match=f"pip install {package.replace('_', '-')}"):
        build_chat_model(Settings(llm_provider=provider, llm_model="m",
                                  llm_base_url="http://127.0.0.1:9/v1"))


def test_stream_text_yields_the_pieces_of_the_answer():
    model = GenericFakeChatModel(messages=iter([AIMessage("Le contrat dure 3 ans [1].")]))
    pieces = list(stream_text(model, [HumanMessage("Durée ?")]))
    assert len(pieces) > 1 and "".join(pieces) == "Le contrat dure 3 ans [1]."


def test_dead_server_raises_llm_unavailable():
    model = build_chat_model(Settings(llm_provider="openai", llm_model="m", llm_timeout=5,
                                      llm_base_url=f"http://127.0.0.1:{closed_port()}/v1"))
    with pytest.raises(LLMUnavailableError, match="ConnectionError"):
        list(stream_text(model, [HumanMessage("Durée ?")]))


def test_dead_ollama_server_raises_llm_unavailable():
    model = build_chat_model(Settings(llm_provider="ollama", llm_model="m", llm_timeout=5,
                                      llm_base_url=f"http://127.0.0.1:{closed_port()}"))
    with pytest.raises(LLMUnavailableError):
        list(stream_text(model, [HumanMessage("Durée ?")]))


def test_slow_server_times_out_as_unavailable(silent_server):
    model = build_chat_model(Settings(llm_provider="openai", llm_model="m", llm_timeout=0.5,
                                      llm_base_url=f"http://127.0.0.1:{silent_server}/v1"))
    started = time.monotonic()
    with pytest.raises(LLMUnavailableError, match="TimeoutError"):
        list(stream_text(model, [HumanMessage("Durée ?")]))
    assert time.monotonic() - started < 5
