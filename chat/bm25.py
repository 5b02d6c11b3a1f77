"""Okapi BM25 over jieba tokens, stored as readable JSON postings (no pickles)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

TOKENIZER = "t2s+jieba-search+cjk-bigrams-v2"

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"\w", re.UNICODE)
# Function words that match everywhere and only add noise to the ranking.
STOPWORDS = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "与",
        "及",
        "也",
        "都",
        "就",
        "而",
        "或",
        "但",
        "对",
        "把",
        "被",
        "让",
        "给",
        "从",
        "向",
        "于",
        "这",
        "那",
        "其",
        "之",
        "个",
        "我",
        "你",
        "他",
        "她",
        "它",
        "们",
        "吗",
        "呢",
        "吧",
        "啊",
        "什么",
        "怎么",
        "哪个",
        "哪些",
        "如何",
        "为什么",
        "是否",
        "有没有",
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "is",
        "are",
        "be",
        "and",
        "or",
        "it",
        "its",
        "what",
        "which",
        "how",
        "why",
        "does",
        "do",
        "i",
        "you",
        "me",
        "my",
        "should",
        "can",
        "with",
    ]
)

_jieba = None


def _cut(text: str) -> list[str]:
    global _jieba
    if _jieba is None:
        try:
            import jieba
        except ImportError as exc:
            raise ImportError("jieba is needed for BM25: pip install jieba") from exc
        jieba.setLogLevel(60)
        _jieba = jieba
    return _jieba.lcut_for_search(text)


def tokenize(text: str) -> list[str]:
    """jieba search-mode words plus CJK character bigrams (robust to jieba's segmentation slips),
    of the text read as Simplified Chinese: a Traditional document and a Simplified question (or the
    other way round) match word for word."""
    from .vocabulary import to_simplified

    text = to_simplified(text).lower()
    tokens = _jieba_words(text)
    for run in _CJK_RUN.findall(text):
        tokens += [run[i : i + 2] for i in range(len(run) - 1) if run[i : i + 2] not in STOPWORDS]
    return tokens


def words(text: str) -> set[str]:
    """The text's jieba words (as Simplified, lower case), function words aside; no bigrams."""
    from .vocabulary import to_simplified

    return set(_jieba_words(to_simplified(text).lower()))


def _jieba_words(text: str) -> list[str]:
    """jieba's search-mode words of a Simplified, lower-cased text, function words and punctuation aside."""
    return [t for t in (w.strip() for w in _cut(text)) if t and _WORD.search(t) and t not in STOPWORDS]


def function_pair(term: str) -> bool:
    """A character bigram of two function words ("的吗", "于的", "了吗"): a question's grammar, which
    no passage shares, not a word it asks about."""
    return len(term) == 2 and term[0] in STOPWORDS and term[1] in STOPWORDS


class BM25:
    def __init__(self, doc_len: list[int], postings: dict[str, list[list[int]]], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.doc_len = np.asarray(doc_len, dtype=np.float32)
        self.postings = postings
        self.n = len(doc_len)
        self.avgdl = float(self.doc_len.mean()) if self.n else 0.0

    @classmethod
    def build(cls, token_lists: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75) -> BM25:
        postings: dict[str, list[list[int]]] = {}
        for doc, tokens in enumerate(token_lists):
            for term, tf in Counter(tokens).items():
                postings.setdefault(term, []).append([doc, tf])
        return cls([len(t) for t in token_lists], postings, k1, b)

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        out = np.zeros(self.n, dtype=np.float32)
        if not self.n:
            return out
        for term, qtf in Counter(query_tokens).items():
            plist = self.postings.get(term)
            if not plist:
                continue
            arr = np.asarray(plist, dtype=np.int64)
            docs, tf = arr[:, 0], arr[:, 1].astype(np.float32)
            idf = math.log(1 + (self.n - len(docs) + 0.5) / (len(docs) + 0.5))
            norm = tf + self.k1 * (1 - self.b + self.b * self.doc_len[docs] / self.avgdl)
            out[docs] += qtf * idf * tf * (self.k1 + 1) / norm
        return out

    def to_json(self) -> dict:
        return {
            "tokenizer": TOKENIZER,
            "k1": self.k1,
            "b": self.b,
            "doc_len": self.doc_len.astype(int).tolist(),
            "postings": self.postings,
        }

    @classmethod
    def from_json(cls, data: dict) -> BM25:
        if data.get("tokenizer") != TOKENIZER:
            raise ValueError(f"BM25 data uses tokenizer {data.get('tokenizer')!r}, this version uses {TOKENIZER!r}")
        return cls(data["doc_len"], data["postings"], data["k1"], data["b"])
