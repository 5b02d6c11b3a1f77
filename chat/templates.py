"""Every sentence the advisor says around its quotes, in Chinese and English, and the LLM prompts."""

from __future__ import annotations

import re

T: dict[str, dict[str, str]] = {
    "zh": {
        "list_sep": "、",
        "and": "和",
        "quote": "“{text}”[{n}]",
        "quote_line": "- **{subject}**（{tag}）：“{text}”[{n}]",
        "quote_translation": "  - *译文：* {text}",
        "resolved_note": "（理解为：{question}）",
        "resolved_quoted": "（理解为：问的是文章关于 {name} 的这句话：“{quote}”）",
        "part": "**（{i}）{question}**",
        "dated": "*以上引自《{title}》（{date}）；框架此后可能已有变化。*",
        "dated_nodate": "*以上引自《{title}》。*",
        # choice
        "verdict_pick": "**就{topic}而言，文章推荐 {names}。**",
        "verdict_no_both": "**文章没有说哪个框架能兼顾{topics}；它分别看好不同的框架。**",
        "verdict_supports": "**据文章，支持{topic}的框架：{names}。**",
        "verdict_none": "**文章没有就{topic}推荐哪个框架。**",
        "verdict_none_other": "**除了{names}，文章没有就{topic}提到别的框架。**",
        "verdict_no_criterion": "**文章没有给出明确的单一推荐**，以下是它最接近的说法：",
        "verdict_unranked": "**文章没有比较各框架的{topic}；它肯定的是 {names}。**",
        "verdict_unranked_stated": "**文章没有比较各框架的{topic}；它只提到 {names} 支持这一点。**",
        "smalltalk": "不客气！还想了解什么？例如：{examples}",
        "introduce": "你好！我是深度学习框架选型助手，只依据《{title}》（{date}）作答，每个说法都引用原文；文章没谈到的，我会直说。可以这样问：",
        "verdict_avoid": "**就{topic}而言，文章对 {names} 的评价最不利。**",
        "verdict_instead": "**就{topic}而言，文章推荐的是 {names}。**",
        "verdict_no_worst": "**文章没有指出哪个框架在{topic}方面较差**；它在这方面肯定的是 {names}。",
        "unmet": "文章没有谈到{labels}，无法据此挑选；以下是它在相关方面最接近的说法。",
        "unmet_situation": "文章没有谈到{labels}。",
        "doubt": "**我只能告诉你文章怎么说：以下是它的原话，文章没有为此给出数据或出处。**",
        "gist_for": "文章肯定 {name} 在{aspects}方面的表现{marks}",
        "gist_against": "也提醒它在{aspects}方面的不足{marks}",
        "gist_join": "；",
        "gist_end": "。",
        "other_need": "就{topic}而言，文章看好的是 {name}{marks}。",
        "runners_up": "其他可选：{names}",
        "reasons": "理由：",
        "caveats": "需要注意：",
        "named_one": "关于 {name}：",
        "against_others": "文章不看好：",
        "nearest": "最接近的说法：",
        # compare
        "compare_title": "**{names} 对比**",
        "compare_title_con": "**文章指出的 {names} 的不足：**",
        "compare_title_pro": "**文章肯定的 {names} 的长处：**",
        "compare_pick": "就{topic}而言，文章更看好 {name}。",
        "compare_avoid": "就{topic}而言，文章对 {name} 的评价最不利。",
        "compare_only_against": "就{topic}而言，文章只指出了 {name} 的不足，没有谈到 {others}。",
        "compare_even": "就{topic}而言，文章没有明显偏向哪一方。",
        "no_fix": "**文章没有给出这方面的办法；它关于 {name} 的说法：**",
        "hedged": "**文章对此没有给出是或否，它说这因人而异：**",
        "compare_not_overall": "**不能一概而论。文章没有笼统地说哪个更好，而是说选择取决于需求：**",
        "compare_no_overall": "**文章没有笼统地说哪个更好，而是说选择取决于需求：**",
        "compare_both": "就{topic}而言，文章对两者都有肯定，没有说哪个更好。",
        "compare_verdict": "文章的总体判断：",
        "compare_relation": "文章对两者关系的说法：",
        "side_silent": "文章没有谈到 {name} 的这方面。",
        # fact
        "fact_pro": "**文章对 {name}{topic}持肯定看法。**",
        "fact_con": "**文章指出了 {name}{topic}的不足。**",
        "fact_mixed": "**文章对 {name}{topic}有褒有贬。**",
        "fact_pro_reported": "**文章转述的支持者看法（{name}{topic}），不是文章自己的结论：**",
        "fact_con_reported": "**文章转述的反对者看法（{name}{topic}），不是文章自己的结论：**",
        "fact_neutral": "**文章关于 {name}{topic}的说法：**",
        "fact_suits": "**文章说 {name} 适合的方面：**",
        "fact_supports": "**据文章，{name} 支持 {topic}。**",
        "fact_general": "**文章的说法：**",
        "group_list": "**文章提到的{label}有 {count} 个：{names}。**",
        "group_list_dated": "**文章在说到{date}时提到的{label}：{names}。**",
        "group_list_undated": "**文章没有把哪个{label}和{date}联系在一起。**",
        "covers_main": "**文章主要介绍了 {names}。**",
        "covers_others": "另外还提到了 {names}。",
        "topic_of": "的{topic}",
        "no_cons": "**文章没有列出 {name} 的缺点。**",
        "no_pros": "**文章没有专门列出 {name} 的优势。**",
        "no_pros_aim": "**文章没有评价 {name} 的长处，只说了它的侧重：**",
        "no_suits": "**文章没有说 {name} 适合做什么。**",
        "not_on_criteria": "**文章没有谈到 {name} 在{topic}方面的表现。**",
        "no_cons_on": "**文章谈到了 {name} 在{topic}方面的表现，但没有提到这方面的不足。**",
        "no_pros_on": "**文章谈到了 {name} 在{topic}方面的表现，但没有提到这方面的优势。**",
        "unspoken": "文章没有谈到 {name} 在{topic}方面的表现。",
        "never_named": "文章没有提到 {terms}。",
        "said_of_others": "文章提到“{term}”时说的是 {others}，没有说到 {name}。",
        "said_of_others_this": "**文章只在说 {others} 时提到这一点，没有说到 {name}。**",
        "not_language": "**文章没有说 {name} 支持 {topic}。**",
        "not_slot": "**文章没有说明 {name} 的{slot}。**",
        "not_said": "**文章没有具体谈到 {name}。**",
        "nothing_more": "**关于这一点，文章没有更多说法了：上面引用的就是它说的全部。**",
        "links": "**文章给出的网址：**",
        "list_count": "文章在 {name} 的“{head}”下列了 {n} 条。",
        "list_item": "**文章在 {name} 的“{head}”下列的第 {n} 条：**",
        "no_link": "文章没有给出 {name} 的网址。",
        "not_direct": "**文章没有直接回答这个问题**，以下是最接近的说法：",
        "not_answered": "**文章没有回答这个问题。**",
        "named_not_defined": "**文章提到了“{term}”，但没有解释它是什么**；提到它的地方：",
        "side_lacks_language": "文章为 {name} 列出的语言中没有 {label}。",
        "only_listed": "**文章只是在列举时提到了 {name}，没有具体介绍它**；提到它的地方：",
        "only_listed_many": "**文章只是在列举时提到了 {names}，没有具体介绍它们**；提到它们的地方：",
        "word_of_one": "**文章只说过 {name}“{word}”（没有拿其他框架和它比）：**",
        "denied_of_all": "**文章没有这样说，它说的是：**",
        "premise_opposite": "**先说前提：文章并没有这样说 {name}；在{topic}上，它的说法正相反：**",
        "premise_elsewhere": "**先说前提：文章并没有这样说 {name}；在{topic}上，它这样说的是 {other}：**",
        "ranked_elsewhere": "**不。文章并没有这样说 {name}；在{topic}上，它这样说的是 {other}：**",
        "premise_wrong": "**先说前提：据文章，{name} 的{slot}是 {value}{marks}，不是问题里说的那样。**",
        "premise_unstated": "**先说前提：文章没有说 {name} 与 {proposed} 有关；它说的{slot}是 {value}{marks}。**",
        "remedy_named": "**据文章，针对 {name} 的这个问题有 {tools}{marks}。**",
        "remedy_also": "不过文章也说，针对这个问题有 {tools}{marks}。",
        "premise_unsupported": "**先说前提：文章没有说 {name} 与 {proposed} 有关，也没有说明它的{slot}。**",
        "scoped_label": "{scope}的{aspect}",
        "org_unlinked": "**先说前提：文章没有说 {name} 与 {proposed} 有关；下面是它的原话。**",
        "no_figures": "**文章没有给出这方面的具体数字**，以下是它最接近的说法：",
        "figures": "**文章给出的数字：**",
        "figures_stated": "**文章给出的数字：{figures}。**",
        "cause_lead": "**文章给出的原因：**",
        "what_if_lead": "**假设的情况文章无法回答；它给出的原因是：**",
        "no_cause": "**文章没有直接说明原因**；它的相关说法：",
        "what_it_says": "文章关于 {name} 的说法：",
        "other_cons": "文章指出的 {name} 其他方面的不足：",
        "other_pros": "文章肯定的 {name} 其他方面的优势：",
        "also": "相关说法：",
        "better_on": "就{topic}而言，文章看好的是 {name}：",
        "pros_head": "优势：",
        "cons_head": "不足：",
        "slot_maker": "开发方",
        "slot_backer": "背后支持",
        "slot_date": "时间",
        "slot_release": "发布时间",
        "slot_license": "开源协议",
        "slot_founder": "创始人",
        "slot_written_in": "编写语言",
        # why
        "why_title": "**文章推荐 {names} 的理由（{topic}）：**",
        "why_even": "**在{topic}方面，文章对 {names} 都有肯定，所以没有偏向哪一方：**",
        "why_even_con": "**在{topic}方面，文章对 {names} 都提出了不足，所以没有偏向哪一方：**",
        "why_even_mixed": "**在{topic}方面，文章对 {names} 各有说法，没有明确偏向哪一方：**",
        "why_title_plain": "**文章推荐 {names} 的理由：**",
        "stated": "**据文章，{facts}。**",
        "lookup": "**据文章，是 {name}：**",
        "lookup_among": "**据文章，是以 {name} 为代表的多种：**",
        "summaries": "**文章对各框架的小结：**",
        "by_maker": "**据文章：{pairs}。**",
        "by_maker_pair": "{maker}——{names}",
        "by_maker_sep": "；",
        "by_maker_none": "文章没有说哪个框架出自{makers}。",
        "part_elsewhere": "**文章没有说 {name} 有 {part} 或类似的东西；文章里的 {part} 是 {parent} 的：**",
        "part_own": "**是的。据文章，{part} 是 {name} 的组件：**",
        "common": "**据文章，{names}都支持的有：{items}。**",
        "common_none": "**文章列出的语言里，{names}没有共同的。**",
        "most_listed": "**据文章，列出编程语言最多的是 {names}（{n} 种）。**",
        "relation_elsewhere": "**文章说的是 {found}，不是 {asked}。**",
        "stated_earlier": "**据文章，{name} 更早：{facts}。**",
        "stated_later": "**据文章，{name} 更晚：{facts}。**",
        "reply_yes": "是的。",
        "reply_exists": "有。",
        "reply_no": "不。",
        "reply_wrong": "不对。",
        "reply_partly": "不完全是。",
        "reply_yes_hedged": "大体是，但文章也有保留。",
        "reply_no_hedged": "大体不是，但文章也有保留。",
        # a yes/no asked about now, answered with what the documents said at their date
        "reply_yes_then": "就 {date} 而言，是的。",
        "reply_no_then": "就 {date} 而言，不是。",
        "reply_wrong_then": "就 {date} 而言，不对。",
        "reply_partly_then": "就 {date} 而言，不完全是。",
        "stated_fact": "{name} 的{slot}：{value}{marks}",
        "stated_of_both": "**据文章，{names}之间这件事的{slot}：{value}{marks}。**",
        "stated_join": "；",
        # after the article's date
        "after_date": "这篇文章发表于 {date}，无法说明此后的情况（最新版本、现状、市场份额等）。",
        "doc_published": "**这篇文章发表于 {value}**{n}；文中所说都是当时的情况。",
        "doc_source": "**文章来源：{value}**{n}。",
        "doc_title": "**文章标题是《{value}》**{n}。",
        "doc_headings": "**文章分 {count} 节，各节标题：**",
        "doc_author": "**文章作者：{value}**{n}。",
        "doc_no_author": "**文章没有写明作者**；它的来源是 {value}{n}。",
        "then_it_said": "文章当时（{date}）的说法，仅供参考：",
        # clarify
        "clarify": "你指的是哪个框架？请说出名称，例如：{names}。",
        # resolving follow-ups (shown as "理解为")
        "resolve_why": "为什么推荐{names}（{question}）",
        "resolve_why_not": "{name}和{picks}比，为什么选{picks}（{topic}）",
        "resolve_cause": "{question}为什么？",
        "resolve_why_even": "为什么没有偏向{names}中的哪一个（{question}）",
        "resolve_among": "在{names}中，{question}",
        "resolve_languages": "{question}（{names}）",
        "resolve_among_pro": "{name}的优点中，{question}",
        "resolve_among_con": "{name}的缺点中，{question}",
        "the_article": "文章",
        "resolve_other_than": "除了{names}，{question}",
        "resolve_alternatives": "除了{names}，在{topic}方面还有什么选择？",
        "resolve_swap": "{names}在{topic}方面怎么样？",
        "resolve_swap_pro": "{names}有什么优点？",
        "resolve_swap_con": "{names}有什么缺点？",
        "resolve_swap_both": "{names}的优缺点是什么？",
        # refusals
        "refuse_intro": "这篇文章没有涉及这个问题，我无法据此回答。",
        "refuse_tool": "文章没有提到 {tools}，我无法据此回答。",
        "refuse_near": "（它提到的是 {names}。）",
        "refuse_code": "文章里没有代码示例，我无法提供代码。",
        "refuse_install": "文章没有讲安装、转换或使用步骤，我无法据此回答。",
        "refuse_price": "文章不涉及价格或购买信息，我无法据此回答。",
        "refuse_injection": "我只根据文章回答关于选择深度学习框架的问题，不会改变这一设定。",
        "ignored_instructions": "（我只依据文章作答，已忽略其中要我改变回答的指令。）",
        "covers": "文章涵盖：{topics}。可以试着问：{examples}",
        "covers_examples": "“我是新手，选哪个框架？”“TensorFlow 和 PyTorch 有什么区别？”",
        "llm_unsupported": "（⚠ 这句话没有对应的引文）",
    },
    "en": {
        "list_sep": ", ",
        "and": " and ",
        "quote": "“{text}” [{n}]",
        "quote_line": "- **{subject}** ({tag}): “{text}” [{n}]",
        "quote_translation": "  - *Translation:* {text}",
        "resolved_note": "(read as: {question})",
        "resolved_quoted": "(read as: about the article's point on {name}, “{quote}”)",
        "part": "**({i}) {question}**",
        "dated": "*Quoted from “{title}” ({date}); the frameworks may have changed since.*",
        "dated_nodate": "*Quoted from “{title}”.*",
        "verdict_pick": "**For {topic}, the article points to {names}.**",
        "verdict_no_both": "**The article names no framework that does both {topics}; it favours a different one for each.**",
        "verdict_supports": "**According to the article, the frameworks supporting {topic}: {names}.**",
        "verdict_none": "**The article does not single out a framework for {topic}.**",
        "verdict_none_other": "**Apart from {names}, the article names no framework for {topic}.**",
        "verdict_no_criterion": "**The article names no single best framework for this**; the nearest it comes:",
        "verdict_unranked": "**The article does not rank frameworks on {topic}; it speaks for {names}.**",
        "verdict_unranked_stated": "**The article does not rank frameworks on {topic}; it only says {names} supports it.**",
        "smalltalk": "You're welcome! Anything else? For example: {examples}",
        "introduce": "Hi! I help you choose a deep-learning framework, answering only from the article “{title}” ({date}) and quoting it for every claim; where it says nothing, I say so. You could ask: ",
        "verdict_avoid": "**For {topic}, the article speaks least well of {names}.**",
        "verdict_instead": "**What it points to for {topic} instead: {names}.**",
        "verdict_no_worst": "**The article names no framework as weak on {topic}**; those it speaks well of there: {names}.",
        "unmet": "The article says nothing about {labels}, so it cannot pick on that; here is the nearest it comes.",
        "unmet_situation": "The article says nothing about {labels}.",
        "doubt": "**I can only tell you what the article says: here are its words; it gives no data or source for them.**",
        "gist_for": "The article speaks for {name} on {aspects} {marks}",
        "gist_against": "it warns about its {aspects} {marks}",
        "gist_join": "; ",
        "gist_end": ".",
        "other_need": "For {topic}, it speaks for {name} instead {marks}.",
        "runners_up": "Also worth a look: {names}",
        "reasons": "Why, in the article's words:",
        "caveats": "Watch out for:",
        "named_one": "On {name}:",
        "against_others": "The article warns against:",
        "nearest": "The nearest it comes:",
        "compare_title": "**{names} compared**",
        "compare_title_con": "**What the article criticises in {names}:**",
        "compare_title_pro": "**What the article praises in {names}:**",
        "compare_pick": "For {topic}, the article favours {name}.",
        "compare_avoid": "For {topic}, the article speaks least well of {name}.",
        "compare_only_against": "For {topic}, the article only warns about {name}; it says nothing of {others}.",
        "compare_even": "For {topic}, the article favours neither.",
        "no_fix": "**The article gives no way to do that; what it says of {name}:**",
        "hedged": "**The article gives no yes or no on this; it says it is a matter of opinion:**",
        "compare_not_overall": "**Not overall. The article does not say either is better in general; it says the choice comes down to your needs:**",
        "compare_no_overall": "**The article does not say which is better in general; it says the choice comes down to your needs:**",
        "compare_both": "For {topic}, the article speaks well of both and ranks neither above the other.",
        "compare_verdict": "The article's own verdict:",
        "compare_relation": "How the article relates them:",
        "side_silent": "The article does not speak to this for {name}.",
        "fact_pro": "**The article speaks well of {name}{topic}.**",
        "fact_con": "**The article points out weaknesses in {name}{topic}.**",
        "fact_mixed": "**The article has both praise and criticism for {name}{topic}.**",
        "fact_pro_reported": "**What the article reports supporters saying of {name}{topic} (their view, not its own):**",
        "fact_con_reported": "**What the article reports critics saying of {name}{topic} (their view, not its own):**",
        "fact_neutral": "**What the article says about {name}{topic}:**",
        "fact_suits": "**What the article says {name} is good for:**",
        "fact_supports": "**According to the article, {name} supports {topic}.**",
        "fact_general": "**What the article says:**",
        "group_list": "**The {label} the article names ({count}): {names}.**",
        "group_list_dated": "**The {label} the article names with {date}: {names}.**",
        "group_list_undated": "**The article names none of the {label} with {date}.**",
        "covers_main": "**The article mainly covers {names}.**",
        "covers_others": "It also mentions {names}.",
        "topic_of": " ({topic})",
        "no_cons": "**The article lists no drawbacks of {name}.**",
        "no_pros": "**The article lists no particular strengths of {name}.**",
        "no_pros_aim": "**The article does not rate {name}'s strengths; it only says what it focuses on:**",
        "no_suits": "**The article does not say what {name} is for.**",
        "not_on_criteria": "**The article does not say how {name} does on {topic}.**",
        "no_cons_on": "**The article speaks of {name} on {topic}, but names no weakness there.**",
        "no_pros_on": "**The article speaks of {name} on {topic}, but names no strength there.**",
        "unspoken": "The article does not say how {name} does on {topic}.",
        "never_named": "The article never mentions {terms}.",
        "said_of_others": "The article speaks of “{term}” only for {others}, not for {name}.",
        "said_of_others_this": "**The article says this only of {others}, not of {name}.**",
        "not_language": "**The article does not say {name} supports {topic}.**",
        "not_slot": "**The article does not state {name}'s {slot}.**",
        "not_said": "**The article says nothing specific about {name}.**",
        "nothing_more": "**The article says nothing more on this: the quotes above are all it says.**",
        "links": "**The addresses the article gives:**",
        "list_count": "The article lists {n} under {name}'s “{head}”.",
        "list_item": "**Item {n} of what the article lists under {name}'s “{head}”:**",
        "named_in_quote": "Named in the quote: {names}.",
        "no_link": "The article gives no address for {name}.",
        "not_direct": "**The article does not answer this directly**; the nearest it comes:",
        "not_answered": "**The article does not answer this.**",
        "named_not_defined": "**The article mentions “{term}” but does not explain what it is**; where it comes up:",
        "side_lacks_language": " the languages the article lists for {name} do not include {label}.",
        "only_listed": "**The article only names {name} in a list with others; it does not describe it**; where it comes up:",
        "only_listed_many": "**The article only names {names} in a list with others; it does not describe them**; where they come up:",
        "word_of_one": "**The article calls only {name} “{word}” (it compares no other on it):**",
        "denied_of_all": "**The article does not say so; what it says is:**",
        "premise_opposite": "**About the premise: the article does not say that of {name}; on {topic} it says the opposite:**",
        "premise_elsewhere": "**About the premise: the article does not say that of {name}; on {topic} it says so of {other}:**",
        "ranked_elsewhere": "**No. The article does not say that of {name}; on {topic} it says so of {other}:**",
        "premise_wrong": "**About the premise: according to the article, {name}'s {slot} is {value} {marks}, not what the question says.**",
        "premise_unstated": "**About the premise: the article does not link {name} to {proposed}; the {slot} it gives is {value} {marks}.**",
        "remedy_named": "**According to the article, {tools} was made to address this problem of {name} {marks}.**",
        "remedy_also": "The article also says {tools} was made to address this problem {marks}.",
        "premise_unsupported": "**About the premise: the article does not link {name} to {proposed}, nor say who its {slot} is.**",
        "scoped_label": "{aspect} on {scope}",
        "org_unlinked": "**About the premise: the article does not link {name} to {proposed}; here are its words.**",
        "no_figures": "**The article gives no figures for this**; the nearest it comes:",
        "figures": "**The figures the article gives:**",
        "figures_stated": "**The figure the article gives: {figures}.**",
        "cause_lead": "**The reasons the article gives:**",
        "what_if_lead": "**The article cannot say what would have happened; the reasons it gives are:**",
        "no_cause": "**The article does not say why directly**; what it does say:",
        "what_it_says": "What it does say about {name}:",
        "other_cons": "What the article does hold against {name} elsewhere:",
        "other_pros": "What the article does credit {name} with elsewhere:",
        "also": "Related:",
        "better_on": "For {topic}, the article speaks for {name}:",
        "pros_head": "Strengths:",
        "cons_head": "Drawbacks:",
        "slot_maker": "maker",
        "slot_backer": "backer",
        "slot_date": "dates",
        "slot_release": "release date",
        "slot_license": "license",
        "slot_founder": "founder",
        "slot_written_in": "language",
        "why_title": "**Why the article points to {names} for {topic}:**",
        "why_even": "**On {topic}, the article speaks for both {names}, so it favours neither:**",
        "why_even_con": "**On {topic}, the article criticises both {names}, so it favours neither:**",
        "why_even_mixed": "**On {topic}, the article says different things of {names} and favours neither:**",
        "why_title_plain": "**Why the article points to {names}:**",
        "stated": "**According to the article, {facts}.**",
        "lookup": "**According to the article, it is {name}:**",
        "lookup_among": "**According to the article, several, {name} among them:**",
        "summaries": "**How the article sums up each framework:**",
        "by_maker": "**According to the article: {pairs}.**",
        "by_maker_pair": "{maker}: {names}",
        "by_maker_sep": "; ",
        "by_maker_none": "The article does not link any framework to {makers}.",
        "part_elsewhere": "**The article does not say {name} has {part} or anything like it; the {part} it speaks of is {parent}'s:**",
        "part_own": "**Yes. According to the article, {part} is part of {name}:**",
        "common": "**According to the article, {names} both support: {items}.**",
        "common_none": "**Among the languages the article lists, {names} have none in common.**",
        "most_listed": "**According to the article, the most programming languages are listed for {names} ({n}).**",
        "relation_elsewhere": "**The article says this of {found}, not {asked}.**",
        "stated_earlier": "**According to the article, {name} came first: {facts}.**",
        "stated_later": "**According to the article, {name} came later: {facts}.**",
        "reply_yes": "Yes. ",
        "reply_exists": "Yes. ",
        "reply_no": "No. ",
        "reply_wrong": "No. ",
        "reply_partly": "Partly. ",
        "reply_yes_hedged": "Mostly yes, though the article hedges. ",
        "reply_no_hedged": "Mostly no, though the article hedges. ",
        "reply_yes_then": "As of {date}, yes. ",
        "reply_no_then": "As of {date}, no. ",
        "reply_wrong_then": "As of {date}, no. ",
        "reply_partly_then": "As of {date}, partly. ",
        "stated_fact": "{name}'s {slot}: {value} {marks}",
        "stated_of_both": "**According to the article, the {slot} of what passed between {names}: {value} {marks}.**",
        "stated_join": "; ",
        "after_date": "The article was published in {date}; it cannot tell what changed after that (new versions, the current state, market share).",
        "doc_published": "**The article was published on {value}** {n}; what it says is as of then.",
        "doc_source": "**The article comes from {value}** {n}.",
        "doc_title": "**Its title is “{value}”** {n}.",
        "doc_headings": "**It has {count} sections, headed:**",
        "doc_author": "**It was written by {value}** {n}.",
        "doc_no_author": "**The article does not name its author**; it comes from {value} {n}.",
        "then_it_said": "What it said then ({date}), for what it is worth:",
        "clarify": "Which framework do you mean? Please name it, for example: {names}.",
        "resolve_why": "Why {names} ({question})",
        "resolve_why_not": "Why not {name} instead of {picks} ({topic})?",
        "resolve_cause": "{question} Why?",
        "resolve_why_even": "Why neither of {names} ({question})",
        "resolve_among": "{question} (among {names})",
        "resolve_languages": "{question} (in {names})",
        "resolve_among_pro": "{question} (among {name}'s strengths)",
        "resolve_among_con": "{question} (among {name}'s drawbacks)",
        "the_article": "the article",
        "resolve_other_than": "{question} (other than {names})",
        "resolve_alternatives": "Other than {names}, what else for {topic}?",
        "resolve_swap": "How is {names} for {topic}?",
        "resolve_swap_pro": "What are the strengths of {names}?",
        "resolve_swap_con": "What are the drawbacks of {names}?",
        "resolve_swap_both": "What are the pros and cons of {names}?",
        "refuse_intro": "The article does not cover this, so I can't answer it from the article.",
        "refuse_tool": "The article does not mention {tools}, so I can't answer that from it.",
        "refuse_near": "(It does mention {names}.)",
        "refuse_code": "The article contains no code, so I can't provide code from it.",
        "refuse_install": "The article does not cover installation, conversion or how-to steps, so I can't answer that from it.",
        "refuse_price": "The article has no prices or buying advice, so I can't answer that from it.",
        "refuse_injection": "I only answer questions about choosing a deep-learning framework, from the article, and that does not change.",
        "ignored_instructions": "(I answer only from the article and have ignored the instructions in your message.)",
        "covers": "It covers: {topics}. For example, ask: {examples}",
        "covers_examples": "“Which framework should a beginner start with?” or “Compare TensorFlow and PyTorch.”",
        "llm_unsupported": "(⚠ no citation supports this sentence)",
    },
}

# How a quote's role in the answer is tagged beside it.
ROLES = {
    "zh": {"reason": "优势", "caveat": "不足", "fact": "原文", "verdict": "结论", "context": "相关"},
    "en": {"reason": "for", "caveat": "against", "fact": "says", "verdict": "verdict", "context": "related"},
}
GENERAL_SUBJECT = {"zh": "文章", "en": "The article"}

# Words of the lines above that the conversation reads back from a previous reply: the line that
# names the pick, and the one that names the runners-up.
REPLY_MARKERS = {
    "pick": (
        "的评价最不利",  # (first: after "哪个最差?", "it" is the one it speaks least well of)
        "speaks least well of",
        "文章推荐",
        "the article points to",
        "文章更看好",
        "the article favours",
        "的框架：",
        "the frameworks supporting",
    ),
    "runners_up": ("其他可选", "Also worth a look"),
    # A lookup answered with one of several ("lookup_among"): an example, not the one found.
    "among": ("为代表的多种", "among them:"),
    # The one favoured on another need the question named ("For research, it speaks for PyTorch
    # instead"): the contrast an answer draws, before its runners-up.
    "other_need": ("文章看好的是", "it speaks for"),
    # The plain yes or no a verdict opens with (reply_yes / reply_no above).
    "yes": ("**是的。", "**有。", "**Yes. ", "**大体是，", "**Mostly yes,"),
    "no": ("**不。", "**No. ", "**大体不是，", "**Mostly no,"),
}


# The [n] that every "quote" above ends with; the UI links it, the LLM check validates it.
CITATION_MARKER = re.compile(r"\[(\d+)\]")
# A quote line as "quote_line" writes it ("- **TensorFlow**（优势·灵活性）：“…”[2]"): the points of a
# previous answer that "第二点" counts through.
# The line under a quote that shows it in the reader's language (not the article's words: the
# conversation reads past it).
TRANSLATION_LINE = re.compile(r"^\s+- \*(?:译文：|Translation:)\* ")
QUOTE_LINE = re.compile(r"^\s*-\s*\*\*(?P<subject>[^*]+)\*\*[^“]*“(?P<quote>.+)”\s*\[\d+\]\s*$")


def t(lang: str, key: str, **kwargs: object) -> str:
    return T["zh" if lang == "zh" else "en"][key].format(**kwargs)


ORG_WORDS = {"团队": "team", "公司": "company", "实验室": "lab", "研究院": "institute"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip


def shown_value(lang: str, value: str, organizations: tuple[tuple[str, ...], ...] = ()) -> str:
    """A fact taken from a Chinese sentence as an English reader reads it: "2017年1月" → "January 2017",
    "旷视" → "Megvii" (`organizations`: each maker's names, its English one first)."""
    if lang == "zh":
        return value
    for english, *aliases in organizations:
        if value.strip() in aliases and not value.isascii():  # ("AWS" is read as it is)
            return english
    value = re.sub(r"(\d{4})\s*年(\d{1,2})月", lambda m: f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}", value)
    value = re.sub(r"(\d{4})\s*年上半年", r"the first half of \1", value)
    value = re.sub(r"(\d{4})\s*年下半年", r"the second half of \1", value)
    value = re.sub(r"(\d{4})\s*年", r"\1", value)
    # A Latin name with a Chinese word for what it is ("Google Brain团队" → "the Google Brain team").
    for word, english in ORG_WORDS.items():
        value = re.sub(rf"^([A-Za-z][\w .&-]*?)\s*{word}$", rf"the \1 {english}", value)
    return value


def joined(lang: str, items: list[str]) -> str:
    """ "A、B" / "A and B" / "A, B and C": a list as a sentence says it."""
    if lang == "zh" or len(items) < 2:
        return T["zh" if lang == "zh" else "en"]["list_sep"].join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def role_tag(lang: str, role: str, label: str = "") -> str:
    """The tag beside a quote: its role, and the aspect or requirement it speaks to."""
    tag = ROLES["zh" if lang == "zh" else "en"][role]
    return f"{tag}·{label}" if label and lang == "zh" else (f"{tag} · {label}" if label else tag)


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
