"""Build index/ from corpus/: chunk, embed only what changed, and swap the new index in."""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import fcntl
import functools
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
from .embedding import Embedder, token_batches
from .reading import READER_VERSION, read_sentences
from .settings import Settings
from .translation import place as place_translations
from .translation import twin_hashes
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
            "sentence_vectors": settings.model.sentence_vectors,
        },
        "chunking": {**dataclasses.asdict(settings.chunking), "version": CHUNKER_VERSION},
        "bm25": {"tokenizer": TOKENIZER},
        "reading": _reading_identity(),
    }


def _reading_identity() -> dict[str, Any]:
    """What the stored reading of sentences depends on: the reader (its code) and the vocabulary it
    reads with. A change to either re-reads the sentences on the next build (no re-embedding)."""
    vocab = load_vocabulary()
    return {
        "version": READER_VERSION,
        "reader_sha256": _reader_sha256(),
        "vocabulary_version": vocab.version,
        "vocabulary_sha256": vocab.reading_sha256,
    }


@functools.cache
def _reader_sha256() -> str:
    """The sentence reader's syntax tree, hashed: reformatting or a comment does not make an index
    stale. Once per process: the code loaded does not change, and CPython 3.11.7 can fail a later
    parse ("AST constructor recursion depth mismatch", gh-106905) after deep recursion elsewhere."""
    import ast
    import hashlib

    from . import reading

    tree = ast.dump(ast.parse(Path(reading.__file__).read_text("utf-8")), include_attributes=False)
    return hashlib.sha256(tree.encode()).hexdigest()


def staleness(manifest: dict[str, Any], core: dict[str, Any], corpus: Corpus) -> list[str]:
    """Why the index does not match the corpus, model and settings (empty list = fresh)."""
    reasons = []
    model = _model_entry(manifest)
    for key in ("name", "weights_sha256", "doc_title_mode", "sentence_vectors"):
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
    if manifest.get("translations", {}) != twin_hashes(corpus.root, corpus.documents):
        reasons.append("a translation twin changed (rebuilding re-places translations only)")
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
        _embed(settings, embedder, to_embed, chunk_vecs, sent_vecs, report, log)
        # Nothing embedded (only the reading changed): the dimension is the old one, no model load.
        dim = embedder.dim if to_embed or previous is None else previous.dim
        texts = {d.source: d.text for d in corpus.documents}
        translations, troubles = place_translations(corpus.root, corpus.documents)
        for trouble in troubles:
            log(f"translation: {trouble}")
        index = store.StoredIndex(
            manifest={},
            chunks=all_chunks,
            sentences=all_sentences,
            chunk_vectors=_stack(chunk_vecs, dim),
            sentence_vectors=_stack(sent_vecs, dim),
            bm25=BM25.build([tokenize(c.section + "\n" + c.embedding_text()) for c in all_chunks]),
            readings=read_sentences(all_sentences, texts, load_vocabulary()),
            translations=translations,
        )
        manifest = {
            **core,
            "model": {**core["model"], "dim": dim, **_runtime(embedder)},
            "files": files,
            "translations": twin_hashes(corpus.root, corpus.documents),
            "counts": {"files": len(files), "chunks": len(all_chunks), "sentences": len(all_sentences)},
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        store.write(index_dir, manifest, index)
        report.chunks, report.sentences = len(all_chunks), len(all_sentences)
        report.seconds = time.perf_counter() - started
        return report


@dataclass
class BuildPlan:
    """What `build` would embed, and about how long that takes on this machine (`index build --dry-run`)."""

    up_to_date: bool
    embed_files: list[str] = field(default_factory=list)
    reused_files: list[str] = field(default_factory=list)
    chunks: int = 0
    sentences: int = 0
    texts: int = 0  # texts through the model: the chunks (sentences come from their pass), or chunks + sentences
    tokens: int = 0
    backend: str = ""
    tokens_per_second: float = 0.0  # measured on a sample of these texts
    sample_tokens: int = 0
    load_seconds: float = 0.0

    @property
    def seconds(self) -> float:
        return self.tokens / self.tokens_per_second if self.tokens_per_second else 0.0

    def summary(self) -> str:
        if self.up_to_date:
            return "index is up to date: nothing would be embedded"
        what = (
            f"{self.chunks} chunks, whose {self.sentences} sentences' vectors come from the same pass"
            if self.texts == self.chunks
            else f"{self.chunks} chunks and {self.sentences} sentences"
        )
        lines = [
            f"would embed {len(self.embed_files)} file(s) ({len(self.reused_files)} reused unchanged): "
            f"{what}: {self.texts:,} texts, {self.tokens:,} tokens"
        ]
        if self.tokens_per_second:
            lines.append(
                f"measured here: {self.tokens_per_second:,.0f} tokens/s on {self.backend or 'this model'} "
                f"(a {self.sample_tokens:,}-token sample) → about {_duration(self.seconds)}"
                + (f", plus {self.load_seconds:.0f} s to load the model" if self.load_seconds >= 0.5 else "")
            )
        return "\n".join(lines)


def plan(settings: Settings, embedder: Embedder, *, force: bool = False, log: Log = print, measure: bool = True):
    """What `build` would embed, with a rate measured on a sample of those texts; writes nothing."""
    corpus = load_corpus(settings.paths.corpus_dir)
    for problem in corpus.problems:
        log(f"would skip {problem}")
    if not corpus.documents:
        raise BuildError(f"no usable documents in {settings.paths.corpus_dir}")
    core = expected_manifest_core(settings, embedder.model_id, embedder.weights_sha256)
    previous = _previous(settings.paths.index_dir, log)
    if previous is not None and not force and not staleness(previous.manifest, core, corpus):
        return BuildPlan(up_to_date=True)
    reuse = previous is not None and not force and _same_vectors(previous.manifest, core)
    reusable = _reusable(previous, corpus.documents) if reuse else {}
    result = BuildPlan(up_to_date=False, reused_files=[d.source for d in corpus.documents if d.source in reusable])
    todo = []
    for doc in corpus.documents:
        if doc.source not in reusable:
            chunks, sentences = chunk_document(doc, settings.chunking)
            todo.append((len(todo), chunks, sentences))
            result.embed_files.append(doc.source)
    result.chunks = sum(len(c) for _, c, _ in todo)
    result.sentences = sum(len(s) for _, _, s in todo)
    if settings.model.sentence_vectors == "separate":
        texts = [c.embedding_text() for _, cs, _ in todo for c in cs] + [s.text for _, _, ss in todo for s in ss]
        titles = [c.section for _, cs, _ in todo for c in cs] + [s.section for _, _, ss in todo for s in ss]
        spans = None
    elif settings.model.sentence_vectors == "chunks-from-sentences":
        texts, titles, _ = _sentence_texts(todo)
        spans = None
    else:
        passages = passages_of(todo)
        texts, titles, spans = [p.text for p in passages], [p.title for p in passages], [p.spans for p in passages]
    counts = embedder.token_counts(texts, titles)
    result.texts, result.tokens = len(texts), sum(counts)
    if measure and texts:
        _measure(embedder, texts, titles, spans, counts, result, settings.model.batch_tokens)
    return result


def _measure(embedder: Embedder, texts, titles, spans, counts: list[int], result: BuildPlan, budget: int) -> None:
    """Time the model on one full batch of texts of the typical length (around the token-weighted
    median), as the build runs them: the faster of two runs."""
    started = time.perf_counter()
    embedder.encode_query(["warm up"])  # loads the model; the first call also pays one-time setup
    result.load_seconds = time.perf_counter() - started
    result.backend = getattr(embedder, "backend", "") or embedder.model_id
    order = sorted(range(len(texts)), key=lambda i: counts[i])
    cumulative = np.cumsum([counts[i] for i in order])
    middle = int(np.searchsorted(cumulative, cumulative[-1] / 2))
    sample = []
    for i in order[middle:] + order[:middle][::-1]:
        if sample and max(counts[j] for j in [*sample, i]) * (len(sample) + 1) > budget:
            break
        sample.append(i)
    timings = []
    for _ in range(2):  # the first run of a new input shape pays one-time setup in some runtimes
        started = time.perf_counter()
        if spans is None:
            embedder.encode_documents([texts[i] for i in sample], [titles[i] for i in sample])
        else:
            embedder.encode_passages(
                [texts[i] for i in sample], [titles[i] for i in sample], [spans[i] for i in sample]
            )
        timings.append(time.perf_counter() - started)
    seconds = max(min(timings), 1e-6)
    result.sample_tokens = sum(counts[i] for i in sample)
    result.tokens_per_second = result.sample_tokens / seconds


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


def _model_entry(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest's model entry; indexes written before sentence_vectors existed embedded them separately."""
    return {"sentence_vectors": "separate", **manifest.get("model", {})}


def _same_vectors(manifest: dict[str, Any], core: dict[str, Any]) -> bool:
    """Vectors carry over only when the model, its document format and the chunker are unchanged."""
    model = _model_entry(manifest)
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


def _runtime(embedder: Embedder) -> dict[str, str]:
    """What computed the vectors (for the record: any backend agreeing with the reference reads the index)."""
    backend = getattr(embedder, "backend", None) if getattr(embedder, "loaded", False) else None
    return {"backend": backend} if backend else {}


def _embed(settings: Settings, embedder: Embedder, todo, chunk_vecs, sent_vecs, report: BuildReport, log: Log) -> None:
    if not todo:
        return
    n_chunks = sum(len(c) for _, c, _ in todo)
    n_sents = sum(len(s) for _, _, s in todo)
    report.embedded_chunks, report.embedded_sentences = n_chunks, n_sents
    if settings.model.sentence_vectors == "separate":
        _embed_separately(settings, embedder, todo, chunk_vecs, sent_vecs, log)
        return
    if settings.model.sentence_vectors == "chunks-from-sentences":
        _embed_sentences_once(settings, embedder, todo, chunk_vecs, sent_vecs, log)
        return
    if settings.model.sentence_vectors != "context":
        raise BuildError(
            f"unknown sentence_vectors {settings.model.sentence_vectors!r}: use separate, context or chunks-from-sentences"
        )
    passages = passages_of(todo)
    texts = [p.text for p in passages]
    titles = [p.title for p in passages]
    counts = embedder.token_counts(texts, titles)
    log(
        f"embedding {n_chunks} chunks ({sum(counts):,} tokens) with {embedder.model_id}; "
        f"their {n_sents} sentences' vectors come from the same pass …"
    )
    chunk_out = [np.zeros((len(c), embedder.dim), np.float32) for _, c, _ in todo]
    sent_out = [np.zeros((len(s), embedder.dim), np.float32) for _, _, s in todo]
    progress = Progress(len(texts), sum(counts), log)
    for batch in token_batches(counts, settings.model.batch_tokens):
        vectors, span_vectors = embedder.encode_passages(
            [texts[i] for i in batch], [titles[i] for i in batch], [passages[i].spans for i in batch]
        )
        for row, i in enumerate(batch):
            p = passages[i]
            chunk_out[p.file][p.chunk] = vectors[row]
            for sentence, vec in zip(p.sentences, span_vectors[row], strict=True):
                sent_out[p.file][sentence] = vec
        _return_freed_memory()
        progress.update(len(batch), sum(counts[i] for i in batch))
    for k, (slot, _, _) in enumerate(todo):
        chunk_vecs[slot], sent_vecs[slot] = chunk_out[k], sent_out[k]


@dataclass
class Passage:
    """A chunk as the model reads it, and where its sentences sit in that text."""

    file: int  # position in the to-embed list
    chunk: int  # position among that file's chunks
    text: str
    title: str
    spans: list[tuple[int, int]]  # [start, end) in `text`, one per sentence the chunk owns
    sentences: list[int]  # positions among that file's sentences, same order as spans


def passages_of(todo) -> list[Passage]:
    """Every chunk to embed with the spans of the sentences it owns, checked to be exact offsets."""
    out = []
    for k, (_, chunks, sentences) in enumerate(todo):
        owned: dict[str, list[int]] = {}
        for j, s in enumerate(sentences):
            owned.setdefault(s.chunk_id, []).append(j)
        for ci, c in enumerate(chunks):
            text = c.embedding_text()
            shift = len(text) - len(c.text) - c.start  # the chunk's text is the tail of what the model reads
            spans = [(sentences[j].start + shift, sentences[j].end + shift) for j in owned.get(c.id, [])]
            for (a, b), j in zip(spans, owned.get(c.id, []), strict=True):
                if text[a:b] != sentences[j].text:
                    raise BuildError(f"sentence {sentences[j].id} of {c.source} is not at its offsets in its chunk")
            out.append(Passage(k, ci, text, c.section, spans, owned.get(c.id, [])))
    return out


def _embed_separately(settings: Settings, embedder: Embedder, todo, chunk_vecs, sent_vecs, log: Log) -> None:
    """The former design: chunks, then every sentence again on its own (two passes over the text)."""
    n_chunks = sum(len(c) for _, c, _ in todo)
    texts = [c.embedding_text() for _, chunks, _ in todo for c in chunks] + [
        s.text for _, _, sents in todo for s in sents
    ]
    titles = [c.section for _, chunks, _ in todo for c in chunks] + [s.section for _, _, sents in todo for s in sents]
    counts = embedder.token_counts(texts, titles)
    log(f"embedding {len(texts)} texts ({sum(counts):,} tokens) with {embedder.model_id}, sentences on their own …")
    vectors = _encode_all(settings, embedder, texts, titles, counts, log)
    pos, spos = 0, n_chunks
    for slot, chunks, sentences in todo:
        chunk_vecs[slot] = vectors[pos : pos + len(chunks)]
        sent_vecs[slot] = vectors[spos : spos + len(sentences)]
        pos += len(chunks)
        spos += len(sentences)


def _encode_all(settings: Settings, embedder: Embedder, texts, titles, counts: list[int], log: Log) -> np.ndarray:
    """Every text on its own, in batches of about `batch_tokens` tokens, with progress."""
    vectors = np.zeros((len(texts), embedder.dim), np.float32)
    progress = Progress(len(texts), sum(counts), log)
    for batch in token_batches(counts, settings.model.batch_tokens):
        vectors[batch] = embedder.encode_documents([texts[j] for j in batch], [titles[j] for j in batch])
        _return_freed_memory()
        progress.update(len(batch), sum(counts[i] for i in batch))
    return vectors


def _embed_sentences_once(settings: Settings, embedder: Embedder, todo, chunk_vecs, sent_vecs, log: Log) -> None:
    """One pass over the text: every sentence on its own; a chunk's vector is the normalized mean of
    the vectors of the sentences it owns (a chunk that owns none is embedded itself)."""
    texts, titles, owners = _sentence_texts(todo)
    counts = embedder.token_counts(texts, titles)
    log(
        f"embedding {len(texts)} sentences ({sum(counts):,} tokens) with {embedder.model_id}; "
        "each chunk's vector is the mean of its sentences' …"
    )
    vectors = _encode_all(settings, embedder, texts, titles, counts, log)
    weight = dict(zip(owners, counts, strict=True))
    sent_out = [np.zeros((len(s), embedder.dim), np.float32) for _, _, s in todo]
    chunk_out = [np.zeros((len(c), embedder.dim), np.float32) for _, c, _ in todo]
    for (k, j), vec in zip(owners, vectors, strict=True):
        if j < 0:
            chunk_out[k][-1 - j] = vec
        else:
            sent_out[k][j] = vec
    for k, (slot, chunks, sentences) in enumerate(todo):
        position = {c.id: ci for ci, c in enumerate(chunks)}
        for j, s in enumerate(sentences):
            chunk_out[k][position[s.chunk_id]] += weight[(k, j)] * sent_out[k][j]
        norms = np.linalg.norm(chunk_out[k], axis=1, keepdims=True)
        chunk_out[k] /= np.where(norms > 0, norms, 1.0)
        chunk_vecs[slot], sent_vecs[slot] = chunk_out[k], sent_out[k]


def _sentence_texts(todo) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """Every sentence, then each chunk that owns none; owners: (file, sentence) or (file, -1 - chunk)."""
    texts, titles, owners = [], [], []
    for k, (_, chunks, sentences) in enumerate(todo):
        owned = {s.chunk_id for s in sentences}
        for j, s in enumerate(sentences):
            texts.append(s.text)
            titles.append(s.section)
            owners.append((k, j))
        for ci, c in enumerate(chunks):
            if c.id not in owned:
                texts.append(c.embedding_text())
                titles.append(c.section)
                owners.append((k, -1 - ci))
    return texts, titles, owners


class Progress:
    """Texts/s, tokens/s and an ETA from the tokens still to go (batches run shortest first, so a
    count of texts would promise too early), logged at every tenth of the work and at the end."""

    def __init__(self, texts: int, tokens: int, log: Log, clock: Callable[[], float] = time.perf_counter):
        self.texts, self.tokens, self.log, self.clock = texts, tokens, log, clock
        self.done_texts = self.done_tokens = 0
        self.started = clock()
        self._next = 0.1

    def update(self, texts: int, tokens: int) -> None:
        self.done_texts += texts
        self.done_tokens += tokens
        fraction = self.done_tokens / max(self.tokens, 1)
        if fraction < self._next and self.done_texts < self.texts:
            return
        while self._next <= fraction:
            self._next += 0.1
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done_tokens / elapsed
        eta = (self.tokens - self.done_tokens) / rate if rate else 0.0
        self.log(
            f"  {self.done_texts}/{self.texts} texts ({fraction:.0%} of the tokens) in {_duration(elapsed)}: "
            f"{self.done_texts / elapsed:.1f} texts/s, {rate:.0f} tokens/s"
            + (f", about {_duration(eta)} to go" if self.done_texts < self.texts else "")
        )


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def _return_freed_memory() -> None:
    """Batches of ever longer texts fragment glibc's heap; trimming it after each one cut the peak
    RSS of a 150-passage build from 2.2 GB to 1.8 GB at no cost in speed."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _stack(parts: list[np.ndarray], dim: int) -> np.ndarray:
    parts = [p for p in parts if p is not None and len(p)]
    return np.concatenate(parts).astype(np.float32) if parts else np.zeros((0, dim), np.float32)
