"""Every sentence the advisor says around its quotes, in Chinese and English, and the LLM prompts."""

from __future__ import annotations

import re

T: dict[str, dict[str, str]] = {
    "zh": {
        "recommend": "**推荐：{names}**",
        "recommend_none": "**文章没有给出明确的单一推荐**，以下是与你的需求最相关的说法：",
        "reasons": "理由：",
        "caveats": "需要注意（文章的“踩坑预警”等）：",
        "compare_title": "**{names} 对比**",
        "also": "相关说法：",
        "list_sep": "、",
        "quote": "“{text}”[{n}]",
        "dated": "*以上引自《{title}》（{date}）；框架此后可能已有变化。*",
        "dated_nodate": "*以上引自《{title}》。*",
        "refuse_intro": "这篇文章没有涉及这个问题，我无法据此回答。",
        "refuse_tool": "文章没有提到 {tools}，我无法据此回答。",
        "refuse_code": "文章里没有代码示例，我无法提供代码。",
        "refuse_install": "文章没有讲安装或环境配置，我无法据此回答。",
        "refuse_price": "文章不涉及价格或购买信息，我无法据此回答。",
        "refuse_injection": "我只根据文章回答关于选择深度学习框架的问题，不会改变这一设定。",
        "covers": "文章涵盖：{topics}。可以试着问：{examples}",
        "covers_examples": "“我是新手，选哪个框架？”“TensorFlow 和 PyTorch 有什么区别？”",
        "llm_unsupported": "（⚠ 这句话没有对应的引文）",
        "resolved_note": "（理解为：{question}）",
        "no_cons": "**文章没有列出 {name} 的缺点。**",
        "no_pros": "**文章没有专门列出 {name} 的优势。**",
        "not_on_criteria": "**文章没有直接谈到 {name} 在这方面的表现。**",
        "not_said": "**文章没有具体谈到 {name}。**",
        "not_direct": "**文章没有直接回答这个问题。**",
        "what_it_says": "文章关于 {name} 的说法：",
    },
    "en": {
        "recommend": "**Recommendation: {names}**",
        "recommend_none": "**The article does not single out one framework for this**; here is what it says that fits best:",
        "reasons": "Why, in the article's words:",
        "caveats": "Watch out for (the article's caveats):",
        "compare_title": "**{names} compared**",
        "also": "Related:",
        "list_sep": ", ",
        "quote": "“{text}” [{n}]",
        "dated": "*Quoted from “{title}” ({date}); the frameworks may have changed since.*",
        "dated_nodate": "*Quoted from “{title}”.*",
        "refuse_intro": "The article does not cover this, so I can't answer it from the article.",
        "refuse_tool": "The article does not mention {tools}, so I can't answer that from it.",
        "refuse_code": "The article contains no code, so I can't provide code from it.",
        "refuse_install": "The article does not cover installation or setup, so I can't answer that from it.",
        "refuse_price": "The article has no prices or buying advice, so I can't answer that from it.",
        "refuse_injection": "I only answer questions about choosing a deep-learning framework, from the article, and that does not change.",
        "covers": "It covers: {topics}. For example, ask: {examples}",
        "covers_examples": "“Which framework should a beginner start with?” or “Compare TensorFlow and PyTorch.”",
        "llm_unsupported": "(⚠ no citation supports this sentence)",
        "resolved_note": "(read as: {question})",
        "no_cons": "**The article lists no drawbacks of {name}.**",
        "no_pros": "**The article lists no particular strengths of {name}.**",
        "not_on_criteria": "**The article does not speak to this for {name}.**",
        "not_said": "**The article says nothing specific about {name}.**",
        "not_direct": "**The article does not answer this directly.**",
        "what_it_says": "What it does say about {name}:",
    },
}


# The [n] that every "quote" above ends with; the UI links it, the LLM check validates it.
CITATION_MARKER = re.compile(r"\[(\d+)\]")


def t(lang: str, key: str, **kwargs: object) -> str:
    return T["zh" if lang == "zh" else "en"][key].format(**kwargs)


# ---------------------------------------------------------------- LLM prompts

SYSTEM_PROMPT = {
    "zh": (
        "你是一个帮助开发者选择深度学习框架的顾问。只能依据下面编号的文章引文回答，"
        "每个论断后用 [n] 标注所依据的引文编号；引文里没有的内容不要说。"
        "如果引文不足以回答，就直说文章没有涉及。用中文回答，简洁，引用原文时保持原文一字不改。"
    ),
    "en": (
        "You advise developers choosing a deep-learning framework. Answer only from the numbered "
        "quotes of the article below, and put [n] after every claim to name the quote it rests on; "
        "say nothing the quotes do not support. If they are not enough, say the article does not "
        "cover it. Answer in English, briefly; quotes stay in their original language, unchanged."
    ),
}

USER_PROMPT = {
    "zh": "文章引文：\n{evidence}\n\n问题：{question}",
    "en": "Quotes from the article:\n{evidence}\n\nQuestion: {question}",
}

EVIDENCE_LINE = "[{n}] （{section}）{text}"
