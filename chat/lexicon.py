"""Domain vocabulary: framework names and aliases, the aspects people choose by, and question intents.

Used to expand queries (an English "beginner" also finds 新手/入门), to spot which frameworks a
question or a sentence is about, and to recognise requests the article cannot serve.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# canonical name -> aliases (matched case-insensitively; Latin aliases on word boundaries)
FRAMEWORKS: dict[str, tuple[str, ...]] = {
    "TensorFlow": ("tensorflow", "tf", "tf1", "tf2", "tf1.x", "tf2.x", "tensorflow2", "tensorflow 2"),
    "Keras": ("keras",),
    "MXNet": ("mxnet", "apache mxnet"),
    "PyTorch": ("pytorch", "torch"),
    "PaddlePaddle": ("paddlepaddle", "paddle", "飞桨"),
    "MindSpore": ("mindspore", "昇思"),
    "MegEngine": ("megengine", "天元"),
    "Jittor": ("jittor", "计图"),
    "TNN": ("tnn",),
    "OneFlow": ("oneflow",),
    "Caffe2": ("caffe2",),
}
CHINESE_FRAMEWORKS = ("PaddlePaddle", "MindSpore", "MegEngine", "Jittor", "TNN", "OneFlow")

# Tools and models people ask about that a 2020 framework overview may not cover; a question about
# one of these is answerable only if the corpus itself mentions it.
OTHER_TOOLS = (
    "jax", "flax", "theano", "cntk", "chainer", "caffe", "sonnet", "trax", "deeplearning4j", "dl4j",
    "scikit-learn", "sklearn", "xgboost", "lightgbm", "onnx", "tensorrt", "openvino", "deepspeed",
    "megatron", "hugging face", "huggingface", "transformers", "lightning", "fastai", "fast.ai",
    "cuda", "cudnn", "rocm", "tpu", "triton", "llama", "lora", "gpt", "chatgpt", "bert",
    "stable diffusion", "langchain", "ollama", "vllm", "numpy", "pandas", "opencv", "spark",
    "nvidia", "rtx", "gtx", "a100", "h100", "v100", "apple silicon", "mps",
)  # fmt: skip


@dataclass(frozen=True)
class Aspect:
    name: str
    triggers_zh: tuple[str, ...]
    triggers_en: tuple[str, ...]
    expansion: str  # Chinese terms as the article words them


ASPECTS: tuple[Aspect, ...] = (
    Aspect("beginner", ("新手", "初学", "入门", "上手", "菜鸟", "小白", "零基础", "从零"),
           ("beginner", "beginners", "newbie", "novice", "getting started", "start with", "first framework", "easy to learn", "easiest"),
           "新手 初学者 入门 上手 易用 简单"),
    Aspect("research", ("科研", "研究", "论文", "学术", "研究生", "实验", "验证想法", "想法"),
           ("research", "researcher", "researchers", "paper", "papers", "academic", "academia", "prototype", "prototyping", "experiment", "ideas"),
           "科研 研究 论文 学术界 验证 快速实现 首选"),
    Aspect("production", ("生产", "部署", "上线", "工业", "企业", "公司", "落地", "推理", "产品"),
           ("production", "deploy", "deploying", "deployment", "industry", "industrial", "enterprise", "company", "serving", "inference"),
           "生产环境 部署 工业界 工业级 稳定 推理"),
    Aspect("memory", ("显存", "内存", "资源", "轻量", "配置低", "显卡", "硬件", "机器差", "电脑差"),
           ("memory", "vram", "ram", "resources", "lightweight", "low-end", "limited hardware", "small gpu"),
           "内存 显存 资源 轻量级"),
    Aspect("distributed", ("分布式", "多卡", "多gpu", "多台", "集群", "扩展"),
           ("distributed", "multi-gpu", "multiple gpus", "cluster", "scale", "scaling", "multiple machines"),
           "分布式 多GPU 多台机器 扩展 集群"),
    Aspect("languages", ("编程语言", "语言接口", "java", "javascript", "c++", "julia", "r语言", "scala", "go语言"),
           ("language", "languages", "java", "javascript", "c++", "bindings", "julia", "scala"),
           "编程语言 语言接口 多语言"),
    Aspect("docs", ("文档", "教程", "资料", "学习资源"),
           ("docs", "documentation", "tutorial", "tutorials", "learning resources"),
           "文档 教程 资料"),
    Aspect("community", ("社区", "生态", "活跃", "热度", "用户多", "人多", "流行"),
           ("community", "ecosystem", "popular", "popularity", "users", "widely used"),
           "社区 生态 活跃 热度 使用人数"),
    Aspect("speed", ("速度", "性能", "效率", "快", "慢"),
           ("speed", "fast", "faster", "slow", "performance", "efficient", "efficiency"),
           "速度 性能 效率 缓慢"),
    Aspect("flexibility", ("灵活", "动态图", "底层", "定制", "自定义"),
           ("flexible", "flexibility", "dynamic graph", "low-level", "customize", "customise", "custom"),
           "灵活性 动态计算图 底层"),
    Aspect("debugging", ("调试", "debug", "排错"), ("debug", "debugging"), "调试 Bug"),
    Aspect("mobile", ("移动", "手机", "嵌入式", "端侧", "边缘"),
           ("mobile", "phone", "embedded", "edge", "on-device"),
           "移动平台 嵌入式 Lite"),
    Aspect("cloud", ("云", "aws", "亚马逊"), ("cloud", "aws", "amazon"), "云端 云计算 AWS"),
    Aspect("jobs", ("找工作", "招聘", "求职", "就业", "面试", "工作机会"),
           ("job", "jobs", "career", "hiring", "employer", "employers"),
           "招聘 工业界 使用人数最多"),
    Aspect("cons", ("缺点", "缺陷", "不足", "劣势", "坑", "短板", "弊端", "槽点", "问题", "毛病", "不好"),
           ("drawback", "drawbacks", "cons", "downside", "downsides", "weakness", "weaknesses", "disadvantage", "disadvantages", "pitfall", "pitfalls", "problem", "problems", "issues", "bad"),
           "踩坑预警 缺点 问题 缺乏 难度"),
    Aspect("pros", ("优点", "优势", "好处", "长处", "亮点", "特点", "强项"),
           ("advantage", "advantages", "pros", "strength", "strengths", "benefit", "benefits", "good at", "features"),
           "优势归因 优势 特点"),
    Aspect("history", ("发布", "面世", "推出", "哪一年", "什么时候", "何时", "历史", "由来", "谁开发", "哪个团队", "哪家公司"),
           ("release", "released", "launch", "launched", "when", "history", "year", "who made", "who developed", "developed by"),
           ""),  # dates are asked in too many ways to expand usefully
    Aspect("chinese", ("国内", "国产", "中国", "自研"), ("chinese", "china", "domestic"), "国内 国产 自研"),
    Aspect("summary", ("结论", "总结", "结语", "小结", "概括", "总的来说"),
           ("conclusion", "conclude", "summary", "summarize", "summarise", "takeaway", "bottom line"),
           "结语 小结"),
)  # fmt: skip

# Words that mark a sentence as a drawback even outside a 踩坑预警 list.
NEGATIVE_CUES = (
    "缺乏", "缺少", "困难", "复杂", "缓慢", "不给力", "滞后", "割裂", "不兼容", "臃肿", "不尽如人意",
    "劝退", "难度较高", "难度较大", "成本较高", "活跃度较低", "门槛", "瓶颈", "似是而非", "不容回避", "粗糙", "头秃", "艰辛", "大问题",
    "吐槽", "没有迎来", "无法", "drawback", "problem", "slow", "hard to", "difficult", "lack",
)  # fmt: skip

CAVEAT_HEADS = ("踩坑", "缺点", "不足", "劣势", "缺陷", "问题", "cons", "drawback", "pitfall", "caveat", "limitation")
PRO_HEADS = ("优势", "优点", "长处", "亮点", "pros", "advantage", "strength", "benefit")

# What the article cannot do: write code, walk through installs, or take new instructions.
_CODE = re.compile(
    r"(帮我|给我|请你?|麻烦你?|能不能|能否|可以|可否)\s*(写|生成|编写|给出|提供|贴|来)(?!的).{0,20}(代码|程序|脚本|demo|例子|示例)|"
    r"^\s*(写|生成|编写)(一段|一个|一份|个|段|份|些|下)|代码示例|示例代码|"
    r"\b(write|show|give|generate)\s+(me\s+)?(a|an|some|the)?\s*.{0,40}\b(code|script|loop|function|program|snippet|class)\b|"
    r"\b(sample|example) code\b|\bcode (sample|example|snippet)s?\b",
    re.IGNORECASE,
)
_INSTALL = re.compile(r"安装|装驱动|配置环境|环境配置|\binstall|\bset ?up\b|\bpip install|\bconda\b", re.IGNORECASE)
_PRICE = re.compile(r"多少钱|价格|售价|价钱|报价|\bprices?\b|\bpricing\b|\bhow much (does|do|is|are)\b", re.IGNORECASE)
_INJECTION = re.compile(
    r"忽略.{0,10}(指令|提示|规则|设定|要求)|系统提示|提示词|你现在是|扮演|越狱|"
    r"\bignore\b.{0,30}\b(instructions?|prompts?|rules)|system prompt|\bdisregard\b|\bjailbreak|developer mode|"
    r"\bpretend (to be|you are)|\byou are now\b",
    re.IGNORECASE,
)
_COMPARE = re.compile(
    r"区别|差异|不同|对比|比较|相比|比呢|哪个好|哪个更|还是|\bvs\.?\b|versus|compare|comparison|difference|differ|better than|\bor\b",
    re.IGNORECASE,
)
_CHOICE = re.compile(
    r"选哪|选什么|选择哪|用哪|用什么|学哪|推荐|建议|适合|应该|该用|该学|哪个框架|哪个好|哪个最|哪个更|什么框架|"
    r"\bshould (i|we)\b|\brecommend|\bsuggest|\bbest (for|framework|choice)\b|"
    r"\bwhich (framework|one|library|tool)s? (should|would|is|are|to|for|do|does|has|have|offers?|gives?|supports?|runs?|uses?)\b|"
    r"\bwhat framework (should|to|is)\b|"
    r"\b(good|better|best) (for|choice|suited)\b|\bchoose\b|\bpick\b",
    re.IGNORECASE,
)
# A yes/no about one named framework ("Keras适合新手吗？") is a question about it, not a choice.
_SELECTING = re.compile(r"哪|什么|which|what|\bor\b|还是", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _alias_pattern(alias: str) -> re.Pattern[str]:
    if _CJK.search(alias):
        return re.compile(re.escape(alias))
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(alias)}(?![A-Za-z0-9])", re.IGNORECASE)


_FRAMEWORK_PATTERNS = [(name, _alias_pattern(a)) for name, aliases in FRAMEWORKS.items() for a in aliases]
_TOOL_PATTERNS = [(t, _alias_pattern(t)) for t in OTHER_TOOLS]


_t2s = None


def to_simplified(text: str) -> str:
    """Traditional Chinese characters as Simplified (the article, and this vocabulary, are Simplified):
    "應該選哪個框架" must be understood, and found, like "应该选哪个框架"."""
    global _t2s
    if not _CJK.search(text):
        return text
    if _t2s is None:
        try:
            from opencc import OpenCC
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ImportError(
                "opencc is needed to read Traditional Chinese: pip install opencc-python-reimplemented"
            ) from exc
        _t2s = OpenCC("t2s")
    return _t2s.convert(text)


def language(text: str) -> str:
    """ "zh" when the text has Chinese characters, else "en"."""
    return "zh" if _CJK.search(text) else "en"


def frameworks_in(text: str) -> list[str]:
    """Canonical names of the frameworks a text mentions, in order of first mention."""
    found: dict[str, int] = {}
    for name, pattern in _FRAMEWORK_PATTERNS:
        if m := pattern.search(text):
            found[name] = min(found.get(name, m.start()), m.start())
    return sorted(found, key=lambda n: found[n])


def display_name(tool: str) -> str:
    return tool.upper() if len(tool) <= 4 else tool.title()


def other_tools_in(text: str) -> list[str]:
    """Tools outside the framework list that the text names (e.g. JAX, CUDA)."""
    return [tool for tool, pattern in _TOOL_PATTERNS if pattern.search(text)]


def without_frameworks(text: str) -> str:
    """The text with every framework name taken out."""
    for _, pattern in _FRAMEWORK_PATTERNS:
        text = pattern.sub("", text)
    return text


def replace_framework(text: str, old: str, new: str) -> str:
    """The text with every alias of framework `old` replaced by the name `new`."""
    for name, pattern in _FRAMEWORK_PATTERNS:
        if name == old:
            text = pattern.sub(new, text)
    return text


def subjects_in(text: str) -> list[str]:
    """The frameworks, then the other tools, a text names, as answers show them."""
    return frameworks_in(text) + [display_name(tool) for tool in other_tools_in(text)]


def aspects_in(text: str) -> list[Aspect]:
    lowered = text.lower()
    out = []
    for aspect in ASPECTS:
        if any(t in lowered for t in aspect.triggers_zh) or any(
            re.search(rf"(?<![a-z]){re.escape(t)}(?![a-z])", lowered) for t in aspect.triggers_en
        ):
            out.append(aspect)
    return out


# Aspects that are criteria for choosing (as opposed to what kind of answer is wanted).
NOT_CRITERIA = frozenset({"cons", "pros", "summary", "history", "chinese"})


def criteria_terms(aspect_names: Sequence[str]) -> tuple[str, ...]:
    """Words whose presence makes a sentence speak to the criteria the question chooses by."""
    terms: set[str] = set()
    for aspect in ASPECTS:
        if aspect.name in aspect_names and aspect.name not in NOT_CRITERIA:
            terms |= {*aspect.triggers_zh, *aspect.expansion.lower().split(), *aspect.triggers_en}
    return tuple(sorted(terms))


def expand_query(text: str) -> str:
    """The question plus the article's own words: for the aspects it asks about, and the canonical
    name of every framework it calls by an alias ("飞桨" → PaddlePaddle)."""
    extra = [a.expansion for a in aspects_in(text) if a.expansion]
    extra += [name for name in frameworks_in(text) if name.lower() not in text.lower()]
    return " ".join([text, *extra])


_SUMMARY_MARK = re.compile(r"^\s*(【(结语|结论|总结)】|(小结|总结|结论)\s*[:：])")


def summary_level(text: str) -> int:
    """2 for a document's conclusion (【结语】), 1 for a section summary (小结:), else 0."""
    m = _SUMMARY_MARK.match(text)
    return 0 if not m else (2 if m.group(1).startswith("【") else 1)


def has_negative_cue(text: str) -> bool:
    lowered = text.lower()
    return any(cue in lowered for cue in NEGATIVE_CUES)


def is_caveat_head(head: str) -> bool:
    return any(k in head.lower() for k in CAVEAT_HEADS)


def is_pro_head(head: str) -> bool:
    return any(k in head.lower() for k in PRO_HEADS)


def asks_for_code(text: str) -> bool:
    return bool(_CODE.search(text))


def asks_to_install(text: str) -> bool:
    return bool(_INSTALL.search(text))


def asks_price(text: str) -> bool:
    return bool(_PRICE.search(text))


def is_injection(text: str) -> bool:
    return bool(_INJECTION.search(text))


_EXPLICIT_COMPARE = re.compile(r"区别|差异|对比|比较|compare|comparison|difference|\bvs\b|versus", re.IGNORECASE)


def is_comparison(text: str) -> bool:
    """An explicit comparison, or two named frameworks with a comparing word between them."""
    if _EXPLICIT_COMPARE.search(text):
        return True
    return len(frameworks_in(text)) >= 2 and bool(_COMPARE.search(text))


def is_choice(text: str, subjects: int | None = None) -> bool:
    """A request to pick; `subjects` is how many frameworks or tools the text names."""
    if not _CHOICE.search(text):
        return False
    subjects = len(frameworks_in(text)) if subjects is None else subjects
    return subjects != 1 or bool(_SELECTING.search(text))
