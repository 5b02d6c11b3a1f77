"""Shared fixtures: env isolation, a tmp corpus holding the real article, a fake-embedder index."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "corpus" / "2020-dl-frameworks.md"
FAKE_MODEL = "fake/hash-ngrams-256"
# The workplace's shared folder (seed article, model doc): beside the checkout, or ADVISOR_SHARED_DIR.
SHARED = next(
    (
        p
        for p in (
            Path(os.environ.get("ADVISOR_SHARED_DIR", "/nonexistent")),
            ROOT.parent / "shared",
            Path("/work/shared"),
        )
        if p.is_dir()
    ),
    ROOT.parent / "shared",
)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path_factory):
    """No ADVISOR_* setting leaks in from the developer's shell; caches go to a tmp dir."""
    for key in list(os.environ):
        if key.startswith("ADVISOR_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("ADVISOR_FEEDBACK_PATH", str(tmp_path_factory.mktemp("feedback") / "feedback.jsonl"))


def cli_env(settings) -> dict[str, str]:
    """Environment that points the CLI at settings' corpus, index and model (for CliRunner)."""
    return {
        "ADVISOR_CORPUS_DIR": str(settings.paths.corpus_dir),
        "ADVISOR_INDEX_DIR": str(settings.paths.index_dir),
        "ADVISOR_MODEL": settings.model.name,
        "ADVISOR_CACHE_DIR": str(settings.model.cache_dir),
    }


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    path = tmp_path / "corpus"
    path.mkdir()
    shutil.copy(ARTICLE, path / ARTICLE.name)
    for twin in ARTICLE.parent.glob(f"{ARTICLE.name}.*.jsonl"):  # its translations
        shutil.copy(twin, path / twin.name)
    return path


@pytest.fixture
def fake_settings(tmp_path, corpus_dir):
    from chat.settings import Settings

    return Settings.load(
        env={},
        **{
            "paths.corpus_dir": corpus_dir,
            "paths.index_dir": tmp_path / "index",
            "model.name": FAKE_MODEL,
            "model.cache_dir": tmp_path / "cache",
        },
    )


@pytest.fixture
def built(fake_settings):
    """fake_settings with an index built by the fake embedder."""
    from chat.embedding import HashEmbedder
    from chat.indexing import build

    build(fake_settings, HashEmbedder(), log=lambda _m: None)
    return fake_settings


@pytest.fixture
def fake_advisor(built):
    from chat import Advisor

    return Advisor.load(settings=built)


@pytest.fixture
def untranslated_advisor(tmp_path):
    """The fake-embedder advisor over the article alone, without its translation twin (as over a
    document a user adds): English answers gloss its quotes instead."""
    from chat import Advisor
    from chat.embedding import HashEmbedder
    from chat.indexing import build
    from chat.settings import Settings

    corpus = tmp_path / "plain-corpus"
    corpus.mkdir()
    shutil.copy(ARTICLE, corpus / ARTICLE.name)
    settings = Settings.load(
        env={},
        **{
            "paths.corpus_dir": corpus,
            "paths.index_dir": tmp_path / "plain-index",
            "model.name": FAKE_MODEL,
            "model.cache_dir": tmp_path / "cache",
        },
    )
    build(settings, HashEmbedder(), log=lambda _m: None)
    return Advisor.load(settings=settings)


@pytest.fixture(scope="session")
def real_advisor():
    """The shipped index with the real model (integration tests; `make test` fetches the model)."""
    from chat import Advisor, Settings

    advisor = Advisor.load(settings=Settings.load(env={}))
    advisor.embedder.warm_up()
    return advisor


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def serve(tmp_path):
    """serve(advisor, **settings) runs the whole server (page, /v1, /ask, /healthz) on a free localhost
    port and returns (url, settings.ui); keys are UISettings fields or "group.field" names."""
    from chat.server import serve as run

    servers = []

    def start(advisor, **kw):
        overrides = {"ui.port": 0, "ui.feedback_path": tmp_path / "feedback.jsonl"}
        overrides.update({k if "." in k else f"ui.{k}": v for k, v in kw.items()})
        settings = advisor.settings.replace(**overrides)
        server = run(advisor, settings, block=False, announce=lambda _m: None)
        servers.append(server)
        return server.url, settings.ui

    yield start
    for server in servers:
        server.close()
