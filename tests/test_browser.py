"""The chat page in real Chromium, driven by Playwright, against the real model (browser test)."""

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.integration]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _install_chromium() -> None:
    """Debian's Chromium and CJK fonts (without them Chinese renders as boxes); Playwright cannot download one here."""
    if (
        os.path.exists(CHROMIUM)
        and shutil.which("fc-list")
        and "Noto Sans CJK" in subprocess.run(["fc-list"], capture_output=True, text=True).stdout
    ):
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium", "fonts-noto-cjk"]):
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode:
            pytest.fail(f"could not install Chromium ({' '.join(cmd)}): {done.stderr[-500:]}")


@pytest.fixture(scope="module")
def browser():
    _install_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _wait_for_answers(page, n, timeout=60):
    """Until the n-th answer is there with its citations and has stopped streaming (its text the
    same over a second: a streamed answer can be caught half-written between chunks)."""
    deadline = time.time() + timeout
    seen = None
    while time.time() < deadline:
        bots = page.locator("#chat [data-testid='bot']")
        if bots.count() >= n and bots.last.locator("a.cite").count() and "⏳" not in bots.last.inner_text():
            text = bots.last.inner_text()
            if text == seen:
                return
            seen = text
            time.sleep(1.0)
            continue
        seen = None
        time.sleep(0.3)
    raise AssertionError(f"no {n} answer(s) with citations within {timeout}s")


def test_chat_in_the_browser(real_advisor, serve, browser, tmp_path):
    url, settings = serve(real_advisor)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    page.wait_for_selector("#question textarea")
    assert "2020年深度学习框架对比速读" in page.content() and "2020-09-02" in page.content()

    # A choice question: the answer streams in with [n] markers linked to passages.
    page.fill("#question textarea", "显存小用什么框架？")
    page.click("#send")
    _wait_for_answers(page, 1)
    reply = page.locator("#chat [data-testid='bot']").last.inner_text()
    assert "文章推荐 MXNet" in reply and "[1]" in reply

    # Clicking a citation shows its passage, quote highlighted, in the sources panel.
    page.locator("#chat a.cite").first.click()
    active = page.locator("#sources .src.active")
    active.wait_for(timeout=5000)
    assert active.locator("mark").inner_text() in reply
    assert "第" in active.inner_text() and "行" in active.inner_text()

    # A follow-up resolves to the framework just recommended.
    page.fill("#question textarea", "它有什么缺点？")
    page.press("#question textarea", "Enter")
    _wait_for_answers(page, 2)
    follow = page.locator("#chat [data-testid='bot']").last.inner_text()
    assert "MXNet" in follow and "理解为" in follow

    # 👍 on the answer is written to the feedback file.
    page.locator("#chat button[aria-label='Like']").last.click()
    deadline = time.time() + 30  # (generous: on a loaded 2-core machine the click can take seconds to land)
    # (Until a whole line is there: the file may exist a moment before the row is written.)
    while time.time() < deadline and not (
        settings.feedback_path.exists() and settings.feedback_path.read_text("utf-8").endswith("\n")
    ):
        time.sleep(0.2)
    row = json.loads(settings.feedback_path.read_text("utf-8").splitlines()[-1])
    assert row["vote"] == "up" and row["question"] == "它有什么缺点？" and row["citations"]

    # The sources panel lists exactly the passages the latest answer cites.
    cited = set(re.findall(r"\[(\d+)\]", follow))
    latest = page.locator("#sources .src:not(details .src)")
    assert latest.count() == len(cited) and cited

    # A reload keeps the conversation, its citation links and its sources panel.
    page.reload()
    _wait_for_answers(page, 2)
    bots = page.locator("#chat [data-testid='bot']")
    assert bots.count() == 2 and bots.first.inner_text() == reply and bots.last.inner_text() == follow
    assert page.locator("#chat [data-testid='user']").first.inner_text() == "显存小用什么框架？"
    page.locator("#chat a.cite").last.click()
    restored = page.locator("#sources .src.active")
    restored.wait_for(timeout=5000)
    assert restored.locator("mark").inner_text() in follow

    # The conversation downloads as Markdown with each answer's numbered sources.
    with page.expect_download(timeout=10000) as info:
        page.click("#download")
    markdown = Path(info.value.path()).read_text("utf-8")
    assert info.value.suggested_filename.endswith(".md")
    assert "## 1. 显存小用什么框架？" in markdown and "## 2. 它有什么缺点？" in markdown and "MXNet" in markdown
    sources = re.findall(r"^- \[(\d+)\] .+ 第 \d+ 行：“(.+)”$", markdown, re.M)
    assert len(sources) >= 2
    for _, quote in sources:
        assert quote in reply or quote in follow

    # A refusal cites nothing, and the panel shows no passage for it.
    page.fill("#question textarea", "JAX怎么样？")
    page.click("#send")
    page.wait_for_function("document.querySelectorAll('#chat [data-testid=\"bot\"]').length === 3", timeout=30000)
    page.wait_for_function("document.querySelector('#sources').innerText.includes('（0 处）')", timeout=30000)
    assert "JAX" in page.locator("#chat [data-testid='bot']").last.inner_text()
    assert page.locator("#sources .src:not(details .src)").count() == 0

    # Script injection shows as text and runs nothing.
    page.fill("#question textarea", "<img src=x onerror=alert(1)><script>alert(2)</script>")
    page.click("#send")
    page.locator("#chat [data-testid='user']").nth(3).wait_for(timeout=10000)
    time.sleep(2)
    assert dialogs == []
    assert "<img src=x onerror=alert(1)>" in page.locator("#chat [data-testid='user']").nth(3).inner_text()
    assert page.locator("#chat img[src='x']").count() == 0

    # An example button asks its question; English gets English.
    page.get_by_role("button", name="Which framework is best for deploying models in production?").click()
    _wait_for_answers(page, 5)
    assert "the article points to TensorFlow" in page.locator("#chat [data-testid='bot']").last.inner_text()

    page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
    assert (tmp_path / "chat.png").stat().st_size > 10_000

    # Clearing empties the conversation and the sources panel.
    page.click("#clear")
    page.wait_for_function("document.querySelectorAll('#chat [data-testid=\"bot\"]').length === 0", timeout=10000)
    assert page.locator("#sources .src").count() == 0

    # … and what the browser stored: a reload brings nothing back.
    page.reload()
    page.wait_for_selector("#question textarea")
    time.sleep(2)
    assert page.locator("#chat [data-testid='bot']").count() == 0 and page.locator("#sources .src").count() == 0
    page.close()
