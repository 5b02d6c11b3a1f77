import subprocess
import sys


def test_importing_chat_loads_no_heavy_library():
    code = (
        "import sys, chat, chat.cli, chat.advisor, chat.llm, chat.ui, chat.server, chat.batching, chat.transcript, chat.feedback\n"
        "heavy = [m for m in ('torch', 'faiss', 'gradio', 'sentence_transformers', 'transformers', 'jieba', 'fastapi', 'uvicorn') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_cli_help_is_fast_and_complete():
    done = subprocess.run([sys.executable, "-m", "chat", "--help"], capture_output=True, text=True, check=True)
    for command in ("model", "index", "ask", "eval", "chat"):
        assert command in done.stdout
