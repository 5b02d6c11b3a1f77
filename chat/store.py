"""Read and write index/: versioned manifest with checksums, readable twins, atomic swap.

index/
  manifest.json    format version, model identity, settings, corpus files + sha256, counts, checksums
  chunks.jsonl     one chunk per line (readable twin of faiss.index, same order)
  sentences.jsonl  one quotable sentence per line (same order as sentences.npy)
  faiss.index      IndexFlatIP over normalized chunk vectors
  sentences.npy    float32 sentence vectors (np.save, no pickle)
  bm25.json        BM25 postings over the chunks
  reading.jsonl    per sentence: subjects, stance, aspects, stands alone? (chat.reading; same order)
  translations.jsonl  passages of the documents with their translations (chat.translation; may be empty)
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .bm25 import BM25
from .reading import Reading
from .translation import Span
from .types import Chunk, Sentence

FORMAT = "framework-advisor-index"
VERSION = 3
FILES = (
    "chunks.jsonl",
    "sentences.jsonl",
    "faiss.index",
    "sentences.npy",
    "bm25.json",
    "reading.jsonl",
    "translations.jsonl",
)
REBUILD = "framework-advisor index build"


class IndexProblem(RuntimeError):
    """The index is missing, broken, stale or built differently; the message names the fix."""


@dataclass
class StoredIndex:
    manifest: dict[str, Any]
    chunks: list[Chunk]
    sentences: list[Sentence]
    chunk_vectors: np.ndarray  # (n_chunks, dim) float32, normalized
    sentence_vectors: np.ndarray  # (n_sentences, dim) float32, normalized
    bm25: BM25
    readings: list[Reading] = dataclasses.field(default_factory=list)  # one per sentence, same order
    faiss_index: Any = None  # faiss.IndexFlatIP, built lazily from chunk_vectors when absent
    translations: list[Span] = dataclasses.field(default_factory=list)  # twin passages placed in the documents

    @property
    def dim(self) -> int:
        return int(self.manifest["model"]["dim"])

    @functools.cached_property
    def sentence_chunk(self) -> np.ndarray:
        """For each sentence, the position of its chunk in `chunks`."""
        position = {c.id: i for i, c in enumerate(self.chunks)}
        return np.asarray([position[s.chunk_id] for s in self.sentences], dtype=np.int64)


def _faiss():
    try:
        import faiss
    except ImportError as exc:
        raise ImportError("faiss is needed for the vector index: pip install faiss-cpu") from exc
    return faiss


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(index_dir: Path, manifest: dict[str, Any], index: StoredIndex) -> None:
    """Write every file into a fresh sibling folder, then swap it in: readers see old or new, never half."""
    index_dir = index_dir.resolve()
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{index_dir.name}.build-", dir=index_dir.parent))
    try:
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as fh:
            for c in index.chunks:
                fh.write(json.dumps(dataclasses.asdict(c), ensure_ascii=False) + "\n")
        with open(tmp / "sentences.jsonl", "w", encoding="utf-8") as fh:
            for s in index.sentences:
                fh.write(json.dumps(dataclasses.asdict(s), ensure_ascii=False) + "\n")
        faiss = _faiss()
        flat = faiss.IndexFlatIP(index.chunk_vectors.shape[1])
        if len(index.chunk_vectors):
            flat.add(np.ascontiguousarray(index.chunk_vectors, dtype=np.float32))
        faiss.write_index(flat, str(tmp / "faiss.index"))
        np.save(
            tmp / "sentences.npy", np.ascontiguousarray(index.sentence_vectors, dtype=np.float32), allow_pickle=False
        )
        (tmp / "bm25.json").write_text(json.dumps(index.bm25.to_json(), ensure_ascii=False), "utf-8")
        with open(tmp / "reading.jsonl", "w", encoding="utf-8") as fh:
            for r in index.readings:
                fh.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        with open(tmp / "translations.jsonl", "w", encoding="utf-8") as fh:
            for span in index.translations:
                fh.write(json.dumps(span.to_json(), ensure_ascii=False) + "\n")
        manifest = {**manifest, "format": FORMAT, "version": VERSION, "checksums": {f: _sha256(tmp / f) for f in FILES}}
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
        for f in (*FILES, "manifest.json"):
            with open(tmp / f, "rb") as fh:
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o755)
        _fsync_dir(tmp)
        _swap_in(tmp, index_dir)
        _fsync_dir(index_dir.parent)  # the rename itself survives a power cut
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # after a swap this holds the previous index
    cleanup_leftovers(index_dir)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap_in(new: Path, target: Path) -> None:
    if not target.exists():
        os.rename(new, target)
        new.mkdir()  # keep the caller's cleanup path valid
        return
    if _renameat2_exchange(new, target):
        return
    # No atomic exchange here (non-Linux): a two-step swap with the old copy kept until the end.
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    os.rename(target, old)
    os.rename(new, target)
    os.rename(old, new)


def _renameat2_exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    res = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return res == 0


def cleanup_leftovers(index_dir: Path) -> None:
    """Remove build folders a killed build left behind (callers hold the build lock)."""
    for leftover in index_dir.parent.glob(f".{index_dir.name}.build-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def read_manifest(index_dir: Path) -> dict[str, Any]:
    path = index_dir / "manifest.json"
    if not path.is_file():
        raise IndexProblem(f"no index in {index_dir} (manifest.json missing). Build it: {REBUILD}")
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexProblem(f"{path} is unreadable or corrupt ({exc}). Rebuild it: {REBUILD}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise IndexProblem(f"{path} is not a framework-advisor index manifest. Rebuild it: {REBUILD}")
    if manifest.get("version") != VERSION:
        raise IndexProblem(
            f"{index_dir} has index format version {manifest.get('version')}, this program reads {VERSION}. "
            f"Rebuild it: {REBUILD}"
        )
    return manifest


def read(index_dir: Path) -> StoredIndex:
    manifest = read_manifest(index_dir)
    checksums = manifest.get("checksums", {})
    for name in FILES:
        path = index_dir / name
        if not path.is_file():
            raise IndexProblem(f"{path} is missing. Rebuild the index: {REBUILD}")
        if checksums.get(name) != _sha256(path):
            raise IndexProblem(
                f"{path} is corrupt or truncated (its sha256 does not match manifest.json). Rebuild the index: {REBUILD}"
            )
    try:
        chunks = [Chunk(**json.loads(line)) for line in _lines(index_dir / "chunks.jsonl")]
        sentences = [Sentence(**json.loads(line)) for line in _lines(index_dir / "sentences.jsonl")]
        faiss = _faiss()
        flat = faiss.read_index(str(index_dir / "faiss.index"))
        chunk_vectors = flat.reconstruct_n(0, flat.ntotal) if flat.ntotal else np.zeros((0, flat.d), np.float32)
        sentence_vectors = np.load(index_dir / "sentences.npy", allow_pickle=False)
        bm25 = BM25.from_json(json.loads((index_dir / "bm25.json").read_text("utf-8")))
        readings = [Reading.from_json(json.loads(line)) for line in _lines(index_dir / "reading.jsonl")]
        translations = [Span.from_json(json.loads(line)) for line in _lines(index_dir / "translations.jsonl")]
    except (ValueError, TypeError, KeyError, RuntimeError, OSError) as exc:
        raise IndexProblem(
            f"{index_dir} could not be read ({type(exc).__name__}: {exc}). Rebuild it: {REBUILD}"
        ) from exc
    dim = int(manifest["model"]["dim"])
    if (
        len(chunks) != flat.ntotal
        or sentence_vectors.shape != (len(sentences), dim)
        or flat.d != dim
        or bm25.n != len(chunks)
        or [r.id for r in readings] != [s.id for s in sentences]
    ):
        raise IndexProblem(f"{index_dir} files disagree with each other. Rebuild the index: {REBUILD}")
    return StoredIndex(
        manifest,
        chunks,
        sentences,
        np.asarray(chunk_vectors, np.float32),
        sentence_vectors,
        bm25,
        readings,
        flat,
        translations,
    )


def _lines(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [line for line in fh if line.strip()]


def index_id(manifest: dict[str, Any]) -> str:
    """A stable name for what an index answers from: its main document and a hash of its content.

    Replicas serving the same index files report the same id; any rebuild that changes a file,
    the model or the settings changes it.
    """
    files = manifest.get("files", [])
    main = max(files, key=lambda f: f.get("chunks", 0))["source"] if files else "empty"
    stem = Path(main).stem
    content = json.dumps(
        {"model": manifest.get("model"), "checksums": manifest.get("checksums")}, sort_keys=True, ensure_ascii=False
    )
    return f"framework-advisor-{stem}-{hashlib.sha256(content.encode()).hexdigest()[:10]}"
