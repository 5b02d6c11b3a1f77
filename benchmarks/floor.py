"""The index build against its floor: one bare forward pass of the model over the chunk texts alone.

    python benchmarks/floor.py                         # the article (corpus/)
    python benchmarks/floor.py --cmrc [--cmrc-limit N]  # CMRC 2018 dev: 848 passages, one file each
    python benchmarks/floor.py --corpus DIR
    python benchmarks/floor.py --cmrc --baseline DIR   # also time another checkout's build (e.g. the last release)
    python benchmarks/floor.py --cmrc --keep DIR       # then: retrieval.py --cmrc-only --keep DIR (no rebuild)

Prints, on the backend the build uses (ADVISOR_BACKEND / ADVISOR_DTYPE apply to both):
  floor     the transformer alone over every chunk's text once, as the index embeds it (same document
            prompt, same token-budget batches), no pooling, no sentences, no files: tokens/s
  build     `framework-advisor index build --force` in a child process: wall, CPU, peak RSS
  ratio     build wall time / floor time (target <= 1.2x)
The model load is timed apart from the floor (the build pays it too).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from retrieval import CMRC, timed_build, write_cmrc  # noqa: E402

from chat import Settings  # noqa: E402
from chat.chunking import chunk_document  # noqa: E402
from chat.corpus import load_corpus  # noqa: E402
from chat.embedding import ModelEmbedder, token_batches  # noqa: E402
from chat.model import native_bfloat16  # noqa: E402


def cpu_line() -> str:
    name = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        "?",
    )
    flags = next(line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("flags")).split()
    marks = [f for f in ("avx512_bf16", "amx_bf16", "amx_tile", "avx512f", "avx2") if f in flags]
    return f"{name}, {os.cpu_count()} cores, flags: {' '.join(marks)} (native bfloat16: {native_bfloat16()})"


def floor(settings: Settings, corpus: Path) -> tuple[float, int, int, str, float]:
    """(seconds, tokens, chunks, backend, load seconds) of one bare pass over the chunk texts."""
    texts, titles = [], []
    for doc in load_corpus(corpus).documents:
        chunks, _ = chunk_document(doc, settings.chunking)
        texts += [c.embedding_text() for c in chunks]
        titles += [c.section for c in chunks]
    embedder = ModelEmbedder(settings.model)
    started = time.perf_counter()
    embedder.encode_query(["warm up"])
    load = time.perf_counter() - started
    tokens = embedder._tokenize(embedder._document_inputs(texts, titles))
    counts = [len(t.ids) for t in tokens]
    started = time.perf_counter()
    for batch in token_batches(counts, settings.model.batch_tokens):
        embedder._states([tokens[i] for i in batch])
    return time.perf_counter() - started, sum(counts), len(texts), embedder.backend, load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--cmrc", action="store_true")
    parser.add_argument("--cmrc-limit", type=int, default=None)
    parser.add_argument("--baseline", type=Path, default=None, help="a checkout whose build to time the same way")
    parser.add_argument("--skip-floor", action="store_true")
    parser.add_argument(
        "--keep", type=Path, default=None, help="work in DIR (retrieval.py --keep DIR reuses its index)"
    )
    args = parser.parse_args()
    settings = Settings.load()
    work = args.keep or Path(tempfile.mkdtemp(prefix="floor-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.cmrc:
        if not CMRC.is_file():
            sys.exit(f"CMRC 2018 data not found at {CMRC}")
        passages, _ = write_cmrc(work, args.cmrc_limit)
        corpus, label = work / "corpus", f"CMRC 2018 dev, {passages} passages"
    else:
        corpus = args.corpus or settings.paths.corpus_dir
        label = str(corpus)
    print(f"# index build vs its floor: {label}\n# CPU: {cpu_line()}")
    if not args.skip_floor:
        seconds, tokens, chunks, backend, load = floor(settings, corpus)
        print(
            f"floor     {seconds:7.1f} s   {tokens / seconds:7.0f} tokens/s   {chunks} chunk texts, {tokens:,} tokens, "
            f"{backend}, batches of <= {settings.model.batch_tokens} tokens (model load {load:.1f} s, not counted)"
        )
    wall, cpu, rss, output = timed_build(corpus, work / "index", "--force")
    print(f"build     {wall:7.1f} s   {cpu:7.0f} s CPU   peak RSS {rss:,.0f} MB   ({output})")
    if not args.skip_floor:
        print(f"ratio     {wall / seconds:7.2f}x  build wall / floor   (target <= 1.2x)")
    if args.baseline:
        wall_b, cpu_b, rss_b, output_b = timed_build(corpus, work / "index-baseline", "--force", cwd=args.baseline)
        print(f"baseline  {wall_b:7.1f} s   {cpu_b:7.0f} s CPU   peak RSS {rss_b:,.0f} MB   ({output_b})")
        print(f"speed-up  {wall_b / wall:7.2f}x  baseline wall / build wall")


if __name__ == "__main__":
    main()
