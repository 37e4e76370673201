"""HTML fields (Anki, GIFT `[html]`) as the plain text quizapp shows.

quizapp shows text literally, so markup would appear as tags. Line-making tags become line
breaks, entities become characters, and anything that cannot be shown as text (images,
sounds) is named so the importer can report it.
"""

from __future__ import annotations

import html
import re

_LINE_TAGS = re.compile(r"<\s*(?:br|/?div|/?p|/?li|/?tr|/?h[1-6])\b[^>]*>", re.IGNORECASE)
_IMAGE = re.compile(r"<\s*img\b[^>]*>", re.IGNORECASE)
_SOURCE = re.compile(r"\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(markup: str) -> tuple[str, list[str]]:
    """(plain text, what could not be kept), e.g. ('Paris', ['image photo.jpg'])."""
    lost = [_image_name(tag) for tag in _IMAGE.findall(markup)]
    lost += [f"sound {name}" for name in _SOUND.findall(markup)]
    text = _SOUND.sub("", _IMAGE.sub("", markup))
    text = _TAG.sub("", _LINE_TAGS.sub("\n", text))
    text = html.unescape(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip(), lost


def looks_like_html(text: str) -> bool:
    """Anki's own test: a tag or an entity anywhere."""
    return bool(re.search(r"<[a-zA-Z/][^>]*>|&[a-zA-Z]+;|&#\d+;", text))


def _image_name(tag: str) -> str:
    source = _SOURCE.search(tag)
    return f"image {source.group(1)}" if source else "an image"
