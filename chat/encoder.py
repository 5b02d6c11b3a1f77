"""Run the embedding model's transformer: token ids in, token states out, on torch, ONNX Runtime or OpenVINO.

Pooling, the Dense head and normalization are the embedder's (numpy, the same for every runtime),
so the runtimes differ only here and can be checked against each other on the same token ids.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np

BACKENDS = ("torch", "onnx", "openvino")


class EncoderError(RuntimeError):
    """A runtime is missing or cannot load the converted model; the message says what to do."""


class Encoder(Protocol):
    backend: str  # torch | onnx | openvino
    precision: str  # float32 | bfloat16: what the matrix products compute in

    def __call__(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        """(batch, length) int64 ids and 0/1 mask → (batch, length, hidden) float32 token states."""
        ...


def _missing(package: str, backend: str) -> EncoderError:
    return EncoderError(
        f"{package} is not installed, so the {backend} backend cannot run. Install the package "
        "(pip install -e . -c constraints.txt, or: make install) or set ADVISOR_BACKEND=torch."
    )


class TorchEncoder:
    """Eager PyTorch on the verified weights (or their bfloat16 twin)."""

    backend = "torch"

    def __init__(self, folder: Path, precision: str, threads: int = 0):
        try:
            import torch
            from transformers import AutoModel
        except ImportError as exc:
            raise _missing(exc.name or "torch", "torch") from exc
        if threads:
            torch.set_num_threads(threads)
        self.precision = precision
        self._torch = torch
        try:
            model = AutoModel.from_pretrained(str(folder), dtype=getattr(torch, precision), local_files_only=True)
        except Exception as exc:  # a folder that verified but does not load is still the user's to fix
            raise EncoderError(f"could not load the model from {folder}: {exc}") from exc
        self.model = model.eval()

    def __call__(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        torch = self._torch
        with torch.inference_mode():
            out = self.model(
                input_ids=torch.from_numpy(np.ascontiguousarray(input_ids, dtype=np.int64)),
                attention_mask=torch.from_numpy(np.ascontiguousarray(attention_mask, dtype=np.int64)),
                use_cache=False,
            )
            return out.last_hidden_state.float().numpy()


class OnnxEncoder:
    """ONNX Runtime (CPU execution provider) on the ONNX export of the verified weights; float32."""

    backend = "onnx"
    precision = "float32"

    def __init__(self, path: Path, threads: int = 0):
        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise _missing("onnxruntime", "onnx") from exc
        options = ort.SessionOptions()
        options.log_severity_level = 3  # warnings about unused initializers are noise here
        if threads:
            options.intra_op_num_threads = threads
        try:
            self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:
            raise EncoderError(f"ONNX Runtime could not load {path}: {exc}") from exc

    def __call__(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        feeds = {
            "input_ids": np.ascontiguousarray(input_ids, dtype=np.int64),
            "attention_mask": np.ascontiguousarray(attention_mask, dtype=np.int64),
        }
        return np.asarray(self.session.run(["last_hidden_state"], feeds)[0], dtype=np.float32)


class OpenVinoEncoder:
    """OpenVINO's CPU plugin on the IR converted from the ONNX export; float32 or bfloat16 compute."""

    backend = "openvino"

    def __init__(self, path: Path, precision: str, threads: int = 0):
        try:
            import openvino as ov
        except ImportError as exc:
            raise _missing("openvino", "openvino") from exc
        self.precision = precision
        config = {
            "INFERENCE_PRECISION_HINT": "bf16" if precision == "bfloat16" else "f32",
            "PERFORMANCE_HINT": "LATENCY",  # one request at a time, all cores on it
        }
        if threads:
            config["INFERENCE_NUM_THREADS"] = threads
        try:
            core = ov.Core()
            self.compiled = core.compile_model(str(path), "CPU", config)
        except Exception as exc:
            raise EncoderError(f"OpenVINO could not load {path}: {exc}") from exc
        self._request = self.compiled.create_infer_request()
        self._output = self.compiled.output(0)

    def __call__(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        result = self._request.infer(
            {
                "input_ids": np.ascontiguousarray(input_ids, dtype=np.int64),
                "attention_mask": np.ascontiguousarray(attention_mask, dtype=np.int64),
            }
        )
        # The request reuses its output buffer on the next call: copy out.
        return np.array(result[self._output], dtype=np.float32, copy=True)
