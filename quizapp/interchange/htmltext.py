"""HTML fields (Anki, GIFT `[html]`, Moodle XML) as the plain text quizapp shows.

quizapp shows text literally, so markup would appear as tags. Line-making tags become line
breaks, entities become characters, and anything that cannot be shown as text (images,
sounds) is named so the importer can report it.

The standard library's HTML parser reads the markup, as a browser would: "2 < 3 and 5 > 4" is
text, not a tag; a comment or an attribute holding '>' is skipped whole; what is inside
`<style>` and `<script>` is not text. (A regular expression did this before, and turned that
sentence into "2 4".)
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_LINE_TAGS = frozenset({"br", "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"})
_HIDDEN_TAGS = frozenset({"style", "script", "head", "title", "template", "noscript"})
_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.lost: list[str] = []
        self.hidden: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden.append(tag)
        elif tag == "img":
            source = dict(attrs).get("src")
            self.lost.append(f"image {source}" if source else "an image")
        elif tag in _LINE_TAGS and not self.hidden:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN_TAGS:  # <style/> hides nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag == self.hidden[-1]:
                self.hidden.pop()
        elif tag in _LINE_TAGS and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, list[str]]:
    """(plain text, what could not be kept), e.g. ('Paris', ['image photo.jpg'])."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    text = "".join(reader.parts)
    lost = reader.lost + [f"sound {name}" for name in _SOUND.findall(text)]
    text = _SOUND.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip(), lost


def looks_like_html(text: str) -> bool:
    """Anki's own test: a tag or an entity anywhere."""
    return bool(re.search(r"<[a-zA-Z/][^>]*>|&[a-zA-Z]+;|&#\d+;", text))
