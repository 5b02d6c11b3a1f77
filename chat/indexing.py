"""Build index/ from corpus/: chunk, embed only what changed, and swap the new index in."""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import fcntl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from . import store
from .bm25 import BM25, TOKENIZER, tokenize
from .chunking import CHUNKER_VERSION, chunk_document, renumber
from .corpus import Corpus, CorpusProblem, load_corpus
from .embedding import Embedder
from .reading import READER_VERSION, read_sentences
from .settings import Settings
from .types import Chunk, Document, Sentence
from .vocabulary import load as load_vocabulary

Log = Callable[[str], None]


class BuildError(RuntimeError):
    pass


@dataclass
class BuildReport:
    changed: bool
    embedded_chunks: int = 0
    embedded_sentences: int = 0
    reused_files: list[str] = field(default_factory=list)
    embedded_files: list[str] = field(default_factory=list)
    removed_files: list[str] = field(default_factory=list)
    problems: list[CorpusProblem] = field(default_factory=list)
    chunks: int = 0
    sentences: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        if not self.changed:
            return f"index is up to date ({self.chunks} chunks, {self.sentences} sentences): nothing embedded"
        parts = [f"indexed {self.chunks} chunks and {self.sentences} sentences in {self.seconds:.1f}s"]
        parts.append(f"embedded {self.embedded_chunks} chunks + {self.embedded_sentences} sentences")
        if self.reused_files:
            parts.append(f"reused vectors of {len(self.reused_files)} unchanged file(s)")
        if self.removed_files:
            parts.append(f"dropped {len(self.removed_files)} removed file(s)")
        return "; ".join(parts)


def expected_manifest_core(settings: Settings, model_name: str, weights_sha256: str) -> dict[str, Any]:
    """The parts of the manifest that must match for an index to be current (besides corpus files)."""
    return {
        "model": {
            "name": model_name,
            "weights_sha256": weights_sha256,
            "doc_title_mode": settings.model.doc_title_mode,
        },
        "chunking": {**dataclasses.asdict(settings.chunking), "version": CHUNKER_VERSION},
        "bm25": {"tokenizer": TOKENIZER},
        "reading": _reading_identity(),
    }


def _reading_identity() -> dict[str, Any]:
    """What the stored reading of sentences depends on: the reader (its code) and the vocabulary it
    reads with. A change to either re-reads the sentences on the next build (no re-embedding)."""
    import ast
    import hashlib

    from . import reading

    vocab = load_vocabulary()
    # The reader's syntax tree, so that reformatting or a comment does not make an index stale.
    tree = ast.dump(ast.parse(Path(reading.__file__).read_text("utf-8")), include_attributes=False)
    return {
        "version": READER_VERSION,
        "reader_sha256": hashlib.sha256(tree.encode()).hexdigest(),
        "vocabulary_version": vocab.version,
        "vocabulary_sha256": vocab.reading_sha256,
    }


def staleness(manifest: dict[str, Any], core: dict[str, Any], corpus: Corpus) -> list[str]:
    """Why the index does not match the corpus, model and settings (empty list = fresh)."""
    reasons = []
    model = manifest.get("model", {})
    for key in ("name", "weights_sha256", "doc_title_mode"):
        if model.get(key) != core["model"][key]:
            reasons.append(f"model {key}: index has {model.get(key)!r}, configured {core['model'][key]!r}")
    if manifest.get("chunking") != core["chunking"]:
        reasons.append(f"chunker settings changed: index has {manifest.get('chunking')}, configured {core['chunking']}")
    if manifest.get("bm25", {}).get("tokenizer") != core["bm25"]["tokenizer"]:
        reasons.append("BM25 tokenizer changed")
    if manifest.get("reading") != core["reading"]:
        reasons.append("the vocabulary or the sentence reader changed (rebuilding re-reads sentences only)")
    indexed = {f["source"]: f["sha256"] for f in manifest.get("files", [])}
    current = {d.source: d.sha256 for d in corpus.documents}
    for source in sorted(current.keys() - indexed.keys()):
        reasons.append(f"new corpus file: {source}")
    for source in sorted(indexed.keys() - current.keys()):
        if source not in {p.source for p in corpus.problems}:
            reasons.append(f"corpus file removed: {source}")
    for source in sorted(current.keys() & indexed.keys()):
        if current[source] != indexed[source]:
            reasons.append(f"corpus file changed: {source}")
    for problem in corpus.problems:
        if problem.source in indexed:
            reasons.append(f"corpus file now unreadable: {problem}")
    return reasons


@contextlib.contextmanager
def build_lock(index_dir: Path):
    index_dir = index_dir.resolve()
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    lock_path = index_dir.parent / f".{index_dir.name}.lock"
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BuildError(f"another index build is running on {index_dir}; wait for it to finish") from exc
        yield


def build(settings: Settings, embedder: Embedder, *, log: Log = print, force: bool = False) -> BuildReport:
    """Rebuild settings.paths.index_dir from settings.paths.corpus_dir; the old index stays until the swap."""
    started = time.perf_counter()
    index_dir = settings.paths.index_dir
    corpus = load_corpus(settings.paths.corpus_dir)
    for problem in corpus.problems:
        log(f"skipped {problem}")
    if not corpus.documents:
        raise BuildError(
            f"no usable documents in {settings.paths.corpus_dir}; the previous index (if any) is unchanged"
        )
    core = expected_manifest_core(settings, embedder.model_id, embedder.weights_sha256)
    with build_lock(index_dir):
        previous = _previous(index_dir, log)
        if previous is not None and not force and not staleness(previous.manifest, core, corpus):
            return BuildReport(
                changed=False,
                problems=corpus.problems,
                chunks=len(previous.chunks),
                sentences=len(previous.sentences),
                seconds=time.perf_counter() - started,
            )
        report = BuildReport(changed=True, problems=corpus.problems)
        reuse = previous is not None and not force and _same_vectors(previous.manifest, core)
        reusable = _reusable(previous, corpus.documents) if reuse else {}
        all_chunks: list[Chunk] = []
        all_sentences: list[Sentence] = []
        chunk_vecs: list[np.ndarray] = []
        sent_vecs: list[np.ndarray] = []
        to_embed: list[tuple[int, list[Chunk], list[Sentence]]] = []
        files = []
        for doc in corpus.documents:
            if doc.source in reusable:
                chunks, sentences, cv, sv = reusable[doc.source]
                report.reused_files.append(doc.source)
            else:
                chunks, sentences = chunk_document(doc, settings.chunking)
                cv = sv = None
                report.embedded_files.append(doc.source)
                to_embed.append((len(chunk_vecs), chunks, sentences))
            sentences = renumber(sentences, len(all_sentences))
            all_chunks += chunks
            all_sentences += sentences
            chunk_vecs.append(cv)
            sent_vecs.append(sv)
            files.append(_file_entry(doc, chunks, sentences))
        if previous is not None:
            report.removed_files = sorted(
                {f["source"] for f in previous.manifest["files"]} - {d.source for d in corpus.documents}
            )
        _embed(embedder, to_embed, chunk_vecs, sent_vecs, report, log)
        # Nothing embedded (only the reading changed): the dimension is the old one, no model load.
        dim = embedder.dim if to_embed or previous is None else previous.dim
        texts = {d.source: d.text for d in corpus.documents}
        index = store.StoredIndex(
            manifest={},
            chunks=all_chunks,
            sentences=all_sentences,
            chunk_vectors=_stack(chunk_vecs, dim),
            sentence_vectors=_stack(sent_vecs, dim),
            bm25=BM25.build([tokenize(c.section + "\n" + c.embedding_text()) for c in all_chunks]),
            readings=read_sentences(all_sentences, texts, load_vocabulary()),
        )
        manifest = {
            **core,
            "model": {**core["model"], "dim": dim},
            "files": files,
            "counts": {"files": len(files), "chunks": len(all_chunks), "sentences": len(all_sentences)},
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        store.write(index_dir, manifest, index)
        report.chunks, report.sentences = len(all_chunks), len(all_sentences)
        report.seconds = time.perf_counter() - started
        return report


def _file_entry(doc: Document, chunks: list[Chunk], sentences: list[Sentence]) -> dict[str, Any]:
    entry = {
        "source": doc.source,
        "sha256": doc.sha256,
        "title": doc.title,
        "meta": doc.meta,  # front matter (published date, original file, ...) and any non-UTF-8 encoding
        "chunks": len(chunks),
        "sentences": len(sentences),
    }
    return entry


def _previous(index_dir: Path, log: Log) -> store.StoredIndex | None:
    if not (index_dir / "manifest.json").exists():
        return None
    try:
        return store.read(index_dir)
    except store.IndexProblem as exc:
        log(f"previous index not reusable ({str(exc).splitlines()[0]}); building from scratch")
        return None


def _same_vectors(manifest: dict[str, Any], core: dict[str, Any]) -> bool:
    """Vectors carry over only when the model, its document format and the chunker are unchanged."""
    model = manifest.get("model", {})
    return all(model.get(k) == v for k, v in core["model"].items()) and manifest.get("chunking") == core["chunking"]


def _reusable(previous: store.StoredIndex, docs: list[Document]) -> dict[str, tuple]:
    """Chunks, sentences and vectors of files whose bytes are unchanged since the last build."""
    old_hash = {f["source"]: f["sha256"] for f in previous.manifest.get("files", [])}
    out = {}
    for doc in docs:
        if old_hash.get(doc.source) != doc.sha256:
            continue
        c_idx = [i for i, c in enumerate(previous.chunks) if c.source == doc.source]
        s_idx = [i for i, s in enumerate(previous.sentences) if s.source == doc.source]
        out[doc.source] = (
            [previous.chunks[i] for i in c_idx],
            [previous.sentences[i] for i in s_idx],
            previous.chunk_vectors[c_idx],
            previous.sentence_vectors[s_idx],
        )
    return out


def _embed(embedder: Embedder, todo, chunk_vecs, sent_vecs, report: BuildReport, log: Log) -> None:
    if not todo:
        return
    n_chunks = sum(len(c) for _, c, _ in todo)
    n_sents = sum(len(s) for _, _, s in todo)
    log(f"embedding {n_chunks} chunks and {n_sents} sentences with {embedder.model_id} …")
    texts = [c.embedding_text() for _, chunks, _ in todo for c in chunks] + [
        s.text for _, _, sents in todo for s in sents
    ]
    titles = [c.section for _, chunks, _ in todo for c in chunks] + [s.section for _, _, sents in todo for s in sents]
    vectors = _batched(embedder, texts, titles)
    pos, spos = 0, n_chunks
    for slot, chunks, sentences in todo:
        chunk_vecs[slot] = vectors[pos : pos + len(chunks)]
        sent_vecs[slot] = vectors[spos : spos + len(sentences)]
        pos += len(chunks)
        spos += len(sentences)
    report.embedded_chunks, report.embedded_sentences = n_chunks, n_sents


def _batched(embedder: Embedder, texts: list[str], titles: list[str], batch: int = 64) -> np.ndarray:
    try:
        from tqdm import tqdm

        bar = tqdm(total=len(texts), desc="embedding", unit="text", disable=None)
    except ImportError:
        bar = None
    out = []
    # Sorting by length keeps padding small inside each batch.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for i in range(0, len(order), batch):
        idx = order[i : i + batch]
        out.append(embedder.encode_documents([texts[j] for j in idx], [titles[j] for j in idx]))
        _return_freed_memory()
        if bar:
            bar.update(len(idx))
    if bar:
        bar.close()
    vectors = np.concatenate(out) if out else np.zeros((0, embedder.dim), np.float32)
    result = np.empty_like(vectors)
    result[order] = vectors
    return result


def _return_freed_memory() -> None:
    """Batches of ever longer texts fragment glibc's heap; trimming it after each one cut the peak
    RSS of a 150-passage build from 2.2 GB to 1.8 GB at no cost in speed."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _stack(parts: list[np.ndarray], dim: int) -> np.ndarray:
    parts = [p for p in parts if p is not None and len(p)]
    return np.concatenate(parts).astype(np.float32) if parts else np.zeros((0, dim), np.float32)
