"""The page `quizapp serve` sends, and every file it loads, fetched over HTTP from the real server.

A classroom may have no internet, or may not want students' browsers calling other sites:
nothing the page loads may come from, or point at, another machine.
"""

from __future__ import annotations

import re
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

ABSOLUTE_URL = re.compile(r"https?://([^/\s\"'<>()\\]+)", re.IGNORECASE)
PROTOCOL_RELATIVE = re.compile(r"""(?:(?:src|href)\s*=\s*["']?|url\(\s*["']?|@import\s+["'])//""", re.IGNORECASE)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
CSS_REFERENCE = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']""", re.IGNORECASE)
TRUETYPE_MAGIC = b"\x00\x01\x00\x00"

no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str) -> tuple[int, str, bytes]:
    with no_proxy.open(url, timeout=10) as response:
        return response.status, response.headers.get_content_type(), response.read()


class References(HTMLParser):
    """Every src and href in a page, and the CSS of its <style> blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [value for name, value in attrs if name in ("src", "href") and value]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def css_references(css: str) -> list[str]:
    return [first or second for first, second in CSS_REFERENCE.findall(CSS_COMMENT.sub("", css))]


def crawl(page_url: str) -> tuple[dict[str, tuple[str, bytes]], list[str]]:
    """The page and every file it loads from the server, transitively through CSS (URL -> (type, body)),
    and every file it would load from elsewhere (never fetched)."""
    own_host = urlsplit(page_url).netloc
    fetched: dict[str, tuple[str, bytes]] = {}
    elsewhere: list[str] = []
    waiting = [page_url]
    while waiting:
        url = waiting.pop()
        if url in fetched:
            continue
        if urlsplit(url).netloc != own_host:
            elsewhere.append(url)
            continue
        status, content_type, body = fetch(url)
        assert status == 200, url
        fetched[url] = (content_type, body)
        text = body.decode("utf-8", "replace")
        if content_type == "text/html":
            parser = References()
            parser.feed(text)
            references = parser.found + [ref for style in parser.styles for ref in css_references(style)]
        elif content_type == "text/css":
            references = css_references(text)
        else:
            continue
        waiting += [urljoin(url, ref) for ref in references if not ref.startswith("data:")]
    return fetched, elsewhere


def outside_references(text: str, own_host: str) -> list[str]:
    """http(s) URLs to any host but the server's own, and protocol-relative (//host) references."""
    outside = [match.group(0) for match in ABSOLUTE_URL.finditer(text) if match.group(1).lower() != own_host]
    return outside + [match.group(0) for match in PROTOCOL_RELATIVE.finditer(text)]


def test_the_page_and_everything_it_loads_come_from_the_server_alone(start_server) -> None:
    served = start_server()
    own_host = urlsplit(served.url).netloc

    fetched, elsewhere = crawl(served.url)
    served.stop()

    assert elsewhere == []
    loaded = {urlsplit(url).path for url in fetched}
    assert {"/static/js/textual.js", "/static/css/xterm.css"} <= loaded  # the terminal itself
    for url, (content_type, body) in fetched.items():
        text = body.decode("utf-8", "replace")
        if content_type == "text/css":
            text = CSS_COMMENT.sub("", text)  # xterm.css's licence header names where xterm.js came from
        if content_type in ("text/html", "text/css", "application/javascript", "text/javascript"):
            assert outside_references(text, own_host) == [], url


def test_the_terminal_font_is_served_locally(start_server) -> None:
    """textual.js asks for 'Roboto Mono'; textual-serve's own page fetched it from Google Fonts."""
    served = start_server()

    fetched, _ = crawl(served.url)
    served.stop()

    fonts = {url: body for url, (_, body) in fetched.items() if url.endswith(".ttf")}
    assert fonts, "the page declares no local font file"
    assert all(body.startswith(TRUETYPE_MAGIC) for body in fonts.values())
    _, page = fetched[served.url]
    assert b'font-family: "Roboto Mono"' in page


def test_the_page_names_no_address_so_it_works_at_any_address_students_type(start_server) -> None:
    """Behind --host 0.0.0.0 students type the teacher's IP or name, never 127.0.0.1."""
    served = start_server()

    _, _, page = fetch(served.url)
    served.stop()

    own_host = urlsplit(served.url).netloc
    assert own_host.encode() not in page
    assert b"127.0.0.1" not in page and b"localhost" not in page
