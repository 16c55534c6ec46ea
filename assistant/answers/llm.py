"""Builds the LangChain chat model the settings name and streams its text, failures as errors."""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from assistant.errors import ConfigurationError, LLMUnavailableError
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

MAX_ANSWER_TOKENS = 350  # five short sentences with markers; bounds the wait on a slow server
_INSTALL_HINT = "Install it with: pip install {package}"


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model for `settings.llm_provider`, or None in extractive mode ("none")."""
    match settings.llm_provider:
        case "none":
            return None
        case "openai":
            return _openai(settings)
        case "ollama":
            return _ollama(settings)
        case other:
            raise ConfigurationError(f"Unknown LLM provider {other!r}: use none, ollama or openai.")


def _openai(settings: Settings) -> BaseChatModel:
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:
        raise ConfigurationError("The openai provider needs langchain-openai. "
                                 + _INSTALL_HINT.format(package="langchain-openai")) from exc
    api_key = settings.llm_api_key or os.environ.get("OPENAI_API_KEY", "")
    if not api_key and settings.llm_base_url:
        api_key = "sk-local"  # local OpenAI-compatible servers accept any key
    if not api_key:
        raise ConfigurationError("The openai provider needs CONTRACT_ASSISTANT_LLM_API_KEY (or "
                                 "OPENAI_API_KEY), or CONTRACT_ASSISTANT_LLM_BASE_URL for a "
                                 "local server.")
    return ChatOpenAI(model=_model_name(settings), base_url=settings.llm_base_url or None,
                      api_key=api_key, timeout=settings.llm_timeout, max_retries=0,
                      temperature=settings.llm_temperature, max_tokens=MAX_ANSWER_TOKENS)


def _ollama(settings: Settings) -> BaseChatModel:
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise ConfigurationError("The ollama provider needs langchain-ollama. "
                                 + _INSTALL_HINT.format(package="langchain-ollama")) from exc
    return ChatOllama(model=_model_name(settings), base_url=settings.llm_base_url or None,
                      temperature=settings.llm_temperature, num_predict=MAX_ANSWER_TOKENS,
                      client_kwargs={"timeout": settings.llm_timeout})


def _model_name(settings: Settings) -> str:
    if not settings.llm_model:
        raise ConfigurationError(f"The {settings.llm_provider} provider needs a model name: set "
                                 "CONTRACT_ASSISTANT_LLM_MODEL.")
    return settings.llm_model


def unavailability_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean the server is down, slow or refusing, as opposed to a bug of ours."""
    errors: list[type[BaseException]] = [ConnectionError, TimeoutError]
    try:
        from langchain_core.exceptions import ModelError  # what integrations wrap failures in
        errors.append(ModelError)
    except ImportError:
        pass
    try:
        import httpx
        errors.append(httpx.HTTPError)
    except ImportError:
        pass
    try:
        import openai
        errors.append(openai.APIError)
    except ImportError:
        pass
    try:
        import ollama
        errors.append(ollama.ResponseError)
    except ImportError:
        pass
    return tuple(errors)


def stream_text(model: BaseChatModel, messages: Sequence[BaseMessage]) -> Iterator[str]:
    """Yield the model's answer as it is written; a failing server raises LLMUnavailableError."""
    failures = unavailability_errors()
    try:
        for chunk in model.stream(list(messages)):
            text = _text_of(chunk.content)
            if text:
                yield text
    except failures as exc:
        raise LLMUnavailableError(f"The language model did not answer ({type(exc).__name__}: "
                                  f"{exc}).") from exc


def _text_of(content: str | list) -> str:
    # Some providers stream a list of content blocks instead of a string.
    if isinstance(content, str):
        return content
    return "".join(block.get("text", "") if isinstance(block, dict) else str(block)
                   for block in content)
