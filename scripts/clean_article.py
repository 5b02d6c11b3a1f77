"""Rebuild corpus/2020-dl-frameworks.md from the seed article, byte for byte reproducibly.

Usage: python scripts/clean_article.py [SEED_TXT] [OUT_MD]

What it does, and nothing else:
- line 1 (the title) becomes "# title"; framework and section title lines become "## ...";
- items under a list head ("优势归因:" / "踩坑预警:") become "- item";
- paragraphs are separated by blank lines so the file renders as Markdown;
- the dating line ("时间:… 来源:…") moves into front matter, and the site boilerplate from
  "声明:" to the end (disclaimer, 相关文章 links, 相关推荐, 网友评论) is dropped. Both are recorded
  in front matter: the original line numbers and the sha256 of the dropped text.
Every other character of the article is kept as written.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = ROOT.parent / "shared" / "seed" / "article-2020-dl-frameworks.txt"
DEFAULT_OUT = ROOT / "corpus" / "2020-dl-frameworks.md"

SECTION_TITLES = {
    "TensorFlow:出身豪门的工业界霸主",
    "Keras:用户友好的极简主义拥趸",
    "MXNet:低调规矩的轻量级选手",
    "PyTorch:以动态图崛起的学术界宠儿",
    "国内深度学习框架自研之路",
}
LIST_HEADS = {"优势归因:", "踩坑预警:"}


def clean(raw: str, original_name: str) -> str:
    lines = raw.split("\n")
    dating = next(i for i, line in enumerate(lines) if line.startswith("时间:"))
    boiler = next(i for i, line in enumerate(lines) if line.startswith("声明:"))
    assert boiler == dating + 1, "expected the disclaimer right after the dating line"
    dropped = "\n".join(lines[dating:])
    kept = lines[:dating]

    body: list[str] = [f"# {kept[0]}", ""]
    in_list = False
    for line in kept[1:]:
        if line in SECTION_TITLES:
            body += [f"## {line}", ""]
            in_list = False
        elif line in LIST_HEADS:
            if in_list:
                body.append("")  # or Markdown reads the head as part of the last item
            body.append(line)
            in_list = True
        elif in_list and not line.startswith("小结:"):
            body.append(f"- {line}")
        else:
            if in_list:
                body.append("")
            body += [line, ""]
            in_list = False
    front = [
        "---",
        f"title: {kept[0]}",
        "source: 可思数据",
        "published: 2020-09-02",
        "published_at: 2020-09-02 23:36",
        f"original_file: {original_name}",
        f"original_sha256: {hashlib.sha256(raw.encode('utf-8')).hexdigest()}",
        f"dropped_lines: {dating + 1}-{len(lines)} of {len(lines)}",
        "dropped: dating line (时间/来源/转发量, kept above as published_at/source), "
        "site boilerplate (声明 disclaimer, 相关文章 with 10 links, 相关推荐, 网友评论)",
        f"dropped_sha256: {hashlib.sha256(dropped.encode('utf-8')).hexdigest()}",
        "---",
        "",
    ]
    return "\n".join(front + body).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    seed = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    out.write_text(clean(seed.read_text("utf-8"), seed.name), "utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
