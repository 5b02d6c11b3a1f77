"""framework-advisor: cited advice on choosing a deep-learning framework, from one 2020 article.

    from chat import Advisor
    advisor = Advisor.load()
    answer = advisor.ask("我是新手，选哪个框架？")

Importing this package loads no heavy library (torch, faiss, gradio); they load on first use.
"""

from .advisor import Advisor
from .settings import Settings
from .types import Answer, Citation, Hit

__all__ = ["Advisor", "Answer", "Citation", "Hit", "Settings"]
__version__ = "0.1.0"
