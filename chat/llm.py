"""Optional LLM wording of an answer from the same numbered quotes, with its citations checked.

A Generator turns chat messages into streamed text: an OpenAI-compatible HTTP endpoint (Ollama,
vLLM, LM Studio, cloud APIs) or a local transformers causal-LM folder. Whatever it writes, markers
that point at no quote are removed and sentences without one are flagged; on any error or timeout
the extractive answer stands and the fallback is logged.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from typing import Protocol

from .chunking import split_sentences
from .settings import LLMSettings
from .templates import CITATION_MARKER, EVIDENCE_LINE, SYSTEM_PROMPT, USER_PROMPT, t
from .types import Answer

log = logging.getLogger("chat.llm")


class GeneratorError(RuntimeError):
    pass


class Generator(Protocol):
    name: str

    def generate(self, messages: list[dict[str, str]]) -> Iterator[str]:
        """Yield the reply to `messages` piece by piece."""
        ...


class OpenAIGenerator:
    """POST {base_url}/chat/completions with stream=true; reads server-sent events."""

    name = "openai"

    def __init__(self, settings: LLMSettings):
        self.settings = settings

    def generate(self, messages: list[dict[str, str]]) -> Iterator[str]:
        try:
            import httpx
        except ImportError as exc:
            raise GeneratorError("httpx is needed for the OpenAI-compatible backend: pip install httpx") from exc
        s = self.settings
        headers = {"Content-Type": "application/json"}
        if s.api_key:
            headers["Authorization"] = f"Bearer {s.api_key}"
        body = {
            "model": s.model,
            "messages": messages,
            "stream": True,
            "temperature": 0,
            "max_tokens": s.max_new_tokens,
        }
        url = s.base_url.rstrip("/") + "/chat/completions"
        deadline = time.monotonic() + s.timeout
        try:
            with httpx.stream("POST", url, json=body, headers=headers, timeout=s.timeout) as response:
                if response.status_code != 200:
                    raise GeneratorError(f"{url} answered HTTP {response.status_code}: {response.read()[:200]!r}")
                for line in response.iter_lines():
                    if time.monotonic() > deadline:
                        raise GeneratorError(f"no complete answer within {s.timeout:.0f}s")
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    delta = json.loads(data)["choices"][0].get("delta", {}).get("content")
                    if delta:
                        yield delta
        except httpx.HTTPError as exc:
            raise GeneratorError(f"{url}: {type(exc).__name__}: {exc}") from exc
        except (ValueError, KeyError, IndexError) as exc:
            raise GeneratorError(f"{url} sent a reply that is not an OpenAI chat stream: {exc}") from exc


class TransformersGenerator:
    """A local causal-LM folder (config, weights, tokenizer), loaded on first use; greedy decoding."""

    name = "transformers"

    def __init__(self, settings: LLMSettings):
        self.settings = settings
        self._model = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def _load(self):
        if self.settings.local_path is None:
            raise GeneratorError("set ADVISOR_LLM_LOCAL_PATH to a transformers causal-LM folder")
        try:
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise GeneratorError("transformers is needed for the local backend: pip install transformers") from exc
        path = str(self.settings.local_path)
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            self._model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise GeneratorError(f"cannot load a causal LM from {path}: {exc}") from exc
        self._model.eval()

    def generate(self, messages: list[dict[str, str]]) -> Iterator[str]:
        from transformers import TextIteratorStreamer

        with self._lock:
            if self._model is None:
                self._load()
        tok = self._tokenizer
        if getattr(tok, "chat_template", None):
            prompt = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        else:
            prompt = "\n\n".join(f"{m['role']}: {m['content']}" for m in messages) + "\n\nassistant:"
        inputs = tok(prompt, return_tensors="pt")
        streamer = TextIteratorStreamer(tok, skip_prompt=True, skip_special_tokens=True, timeout=self.settings.timeout)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                self._model.generate(
                    **inputs,
                    streamer=streamer,
                    max_new_tokens=self.settings.max_new_tokens,
                    do_sample=False,
                    pad_token_id=tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id,
                )
            except BaseException as exc:  # surfaces in the caller's thread below
                failure.append(exc)
                streamer.end()

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        try:
            yield from streamer
        except Exception as exc:  # queue.Empty on timeout
            raise GeneratorError(f"generation timed out after {self.settings.timeout:.0f}s") from exc
        worker.join(timeout=1)
        if failure:
            raise GeneratorError(f"generation failed: {failure[0]}") from failure[0]


class LLMAnswerer:
    """An Answerer that lets a Generator word the extractive answer from its numbered quotes."""

    def __init__(self, generator: Generator):
        self.generator = generator
        self.name = generator.name

    def answer(self, plan) -> Iterator[str | Answer]:
        from .advice import compose

        yield from reword(self.generator, compose(plan))


def make_generator(settings: LLMSettings) -> Generator | None:
    if settings.backend in ("", "none"):
        return None
    if settings.backend == "openai":
        return OpenAIGenerator(settings)
    if settings.backend == "transformers":
        return TransformersGenerator(settings)
    raise ValueError(f"unknown LLM backend {settings.backend!r}: use none, openai or transformers")


# ---------------------------------------------------------------- prompting and checking


def messages_for(answer: Answer) -> list[dict[str, str]]:
    lang = answer.language
    evidence = "\n".join(EVIDENCE_LINE.format(n=c.n, section=c.section, text=c.text) for c in answer.citations)
    return [
        {"role": "system", "content": SYSTEM_PROMPT[lang]},
        {"role": "user", "content": USER_PROMPT[lang].format(evidence=evidence, question=answer.question)},
    ]


def check_citations(text: str, n_citations: int, lang: str) -> tuple[str, list[str]]:
    """Remove markers that point at no quote; flag sentences that cite nothing. Returns (text, warnings)."""
    warnings = []

    def keep(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if 1 <= n <= n_citations:
            return m.group(0)
        warnings.append(f"removed citation [{n}]: there are {n_citations} quotes")
        return ""

    text = CITATION_MARKER.sub(keep, text).strip()
    flag = t(lang, "llm_unsupported")
    out, pos = [], 0
    for start, end in split_sentences(text, 0, len(text)):
        sentence = text[start:end]
        out.append(text[pos:end])
        pos = end
        wordy = len(re.findall(r"[\u3400-\u9fff]|[A-Za-z]{2,}", sentence)) >= 4
        if wordy and not CITATION_MARKER.search(sentence) and not sentence.lstrip().startswith(("#", "*")):
            out.append(flag)
            warnings.append(f"unsupported sentence: {sentence[:80]}")
    out.append(text[pos:])
    return "".join(out), warnings


def reword(generator: Generator, answer: Answer) -> Iterator[str | Answer]:
    """Stream the generator's wording of `answer`, then the checked Answer; on failure, `answer` itself.

    The extractive answer's last line (which dates the article) closes the LLM's answer too.
    """
    text = ""
    try:
        for delta in generator.generate(messages_for(answer)):
            text += delta
            yield text
        if not text.strip():
            raise GeneratorError("the model returned an empty answer")
    except Exception as exc:  # any backend failure means: keep the grounded extractive answer
        log.warning("LLM backend %s failed (%s); answering extractively", generator.name, exc)
        fallback = dataclasses.replace(answer, warnings=[*answer.warnings, f"llm fallback: {exc}"])
        yield fallback.text
        yield fallback
        return
    checked, warnings = check_citations(text, len(answer.citations), answer.language)
    footer = answer.text.rstrip().rsplit("\n", 1)[-1]
    yield dataclasses.replace(
        answer, text=f"{checked}\n\n{footer}", backend=generator.name, warnings=[*answer.warnings, *warnings]
    )
