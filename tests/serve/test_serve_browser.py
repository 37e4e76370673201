"""A student in a browser: headless Chromium, driven over WebDriver (Selenium and chromedriver), opens
`quizapp serve`, sees the home screen, studies the test bank and answers its one question.

xterm.js draws the terminal on a canvas, so the page holds no text to read. Before the page loads,
the test adds a script that catches the Terminal object textual.js creates (its constructor runs
`this.terminal = new Terminal(...)`, which a setter on Object.prototype sees) and reads the screen
with xterm's public buffer API. If a textual-serve release renames that property, the test fails
saying the terminal was never found, rather than passing without looking.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from tests_screen_support import wait_for_settled
from tests_serve_support import ONE_QUESTION_BANK, PROFILE

from quizapp.storage import Store

pytestmark = pytest.mark.browser
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.webdriver.chrome.service import Service  # noqa: E402  (only once selenium is known to be there)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
WAIT_SECONDS = 20.0
MOST_BANKS = 20
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1200,900",
)

CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  get() { return undefined; },
  set(value) {
    Object.defineProperty(this, "terminal", { value, writable: true, configurable: true, enumerable: true });
    if (value && value.buffer && value.buffer.active) {
      (window.quizappTestTerminals = window.quizappTestTerminals || []).push(value);
    }
  },
});
"""
READ_SCREEN = """
const terminal = (window.quizappTestTerminals || [])[0];
if (!terminal) return null;
const buffer = terminal.buffer.active, lines = [];
for (let row = 0; row < terminal.rows; row++) {
  const line = buffer.getLine(buffer.viewportY + row);
  lines.push(line ? line.translateToString(true) : "");
}
return lines.join("\\n");
"""
LOADED_FROM = "return performance.getEntriesByType('resource').map(entry => entry.name);"
FONTS = "return [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family);"


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CATCH_TERMINAL})
        yield driver
    finally:
        driver.quit()


def wait_for_screen(driver: Any, done: Any, what: str) -> str:
    """The terminal's settled text once `done(text)` holds; fail with the last screen seen after WAIT_SECONDS."""
    screen = wait_for_settled(lambda: driver.execute_script(READ_SCREEN), done, WAIT_SECONDS)
    if screen is not None:
        return screen
    last = driver.execute_script(READ_SCREEN)
    if last is None:
        pytest.fail("the page never created its terminal (or textual.js no longer assigns `this.terminal`)")
    pytest.fail(f"waited {WAIT_SECONDS:.0f} s for {what}; the screen shows:\n{last}")


def highlight_bank(driver: Any, keyboard: Any, title: str) -> None:
    """Move down the home screen's list until `title` is the highlighted bank (shown again beside the list)."""
    screen = driver.execute_script(READ_SCREEN)
    for _ in range(MOST_BANKS):
        if screen.count(title) >= 2:
            return
        keyboard.send_keys(Keys.ARROW_DOWN)
        screen = wait_for_screen(driver, lambda shown, before=screen: shown != before, "the next bank's details")
    pytest.fail(f"{title!r} never became the highlighted bank; the screen shows:\n{screen}")


def test_a_student_answers_a_question_in_the_browser_and_it_is_saved(start_server, browser) -> None:
    served = start_server("--bank", str(ONE_QUESTION_BANK))

    browser.get(served.url)
    # everything the home screen should show, not only its first sign
    wait_for_screen(
        browser,
        lambda screen: "Browser check bank" in screen and f"quizapp  ·  {PROFILE}" in screen,
        "the home screen with the bank and the student's name",
    )
    keyboard = browser.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")  # where xterm.js takes keys

    highlight_bank(browser, keyboard, "Browser check bank")  # the bundled banks are listed too
    keyboard.send_keys(Keys.ENTER)
    wait_for_screen(browser, lambda screen: "Which city is the capital of Ukraine?" in screen, "the question")
    keyboard.send_keys("2")
    wait_for_screen(
        browser,
        lambda screen: "✓ Right" in screen and "Your answer: Kyiv" in screen,
        "the feedback saying the answer Kyiv is right",
    )

    origin = urlsplit(served.url).netloc
    assert {urlsplit(url).netloc for url in browser.execute_script(LOADED_FROM)} == {origin}
    assert "Roboto Mono" in browser.execute_script(FONTS)  # the terminal's font, from the server's copy

    code, _, err = served.stop()
    assert (code, err) == (0, "")
    with Store.open(served.data) as store:
        reviews = list(store.reviews(store.profile(PROFILE).id))
    assert [(review.bank_id, review.question_id, review.response, review.correct) for review in reviews] == [
        ("serve-browser-test", "capital", "Kyiv", True)
    ]


def test_without_a_profile_each_student_gives_their_name(start_server, browser) -> None:
    served = start_server("--bank", str(ONE_QUESTION_BANK), profile=None)

    browser.get(served.url)
    wait_for_screen(browser, lambda screen: "Who is studying?" in screen, "the name question")
    keyboard = browser.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
    keyboard.send_keys(Keys.ENTER)
    wait_for_screen(browser, lambda screen: "Type a name first" in screen, "the name asked again")
    keyboard.send_keys("Mira")
    wait_for_screen(browser, lambda screen: "Mira" in screen, "the name typed")
    keyboard.send_keys(Keys.ENTER)
    wait_for_screen(browser, lambda screen: "quizapp  ·  Mira" in screen, "the home screen for Mira")
    highlight_bank(browser, keyboard, "Browser check bank")
    keyboard.send_keys(Keys.ENTER)
    wait_for_screen(browser, lambda screen: "Which city is the capital of Ukraine?" in screen, "the question")
    keyboard.send_keys("2")  # Kyiv: the bank does not shuffle its choices
    wait_for_screen(browser, lambda screen: "✓ Right" in screen, "the feedback")

    assert served.stop()[0] == 0
    with Store.open(served.data) as store:
        assert [profile.name for profile in store.profiles()] == ["Mira"]
        assert len(list(store.reviews(store.profile("Mira").id))) == 1
