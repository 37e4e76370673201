"""Find where a key or value sits in a TOML file, for error messages.

tomli gives no positions, so on the (rare) path where a bank has problems we parse the text
again with tree-sitter-toml and map each TOML path, such as ("questions", 3, "answer"), to the
line and column of its key, its value, or its table header. Clean loads never come here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

TomlPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Spot:
    """Where a path was found: the key (or table header) and the value, as 0-based (row, byte column)."""

    key: tuple[int, int]
    value: tuple[int, int]


@cache
def _parser() -> Any:
    import tree_sitter
    import tree_sitter_toml

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_toml.language()))


def _key_parts(node: Any) -> list[str]:
    if node.type == "dotted_key":
        parts: list[str] = []
        for child in node.named_children:
            parts.extend(_key_parts(child))
        return parts
    text = node.text.decode("utf-8", "replace")
    if node.type == "quoted_key":
        if text.startswith("'"):
            return [text[1:-1]]
        try:
            return [json.loads(text)]
        except ValueError:
            return [text[1:-1]]
    return [text]


class TomlLocator:
    """Index every key, value, table and array element of a TOML text by its path."""

    def __init__(self, text: str) -> None:
        self._source = text.encode("utf-8")
        self._lines = self._source.split(b"\n")
        self._spots: dict[TomlPath, Spot] = {}
        self._array_counts: dict[TomlPath, int] = {}
        tree = _parser().parse(self._source)
        self._index_document(tree.root_node)

    # -- indexing -------------------------------------------------------------------------

    def _index_document(self, root: Any) -> None:
        for child in root.named_children:
            if child.type == "pair":
                self._index_pair(child, ())
            elif child.type in ("table", "table_array_element"):
                key_node = next(
                    (c for c in child.named_children if c.type in ("bare_key", "quoted_key", "dotted_key")),
                    None,
                )
                if key_node is None:
                    continue
                path = self._resolve_table_path(_key_parts(key_node))
                point = (child.start_point[0], child.start_point[1])
                if child.type == "table_array_element":
                    index = self._array_counts.get(path, 0)
                    self._array_counts[path] = index + 1
                    path = (*path, index)
                self._index_prefixes(path, point)
                for pair in child.named_children:
                    if pair.type == "pair":
                        self._index_pair(pair, path)

    def _index_prefixes(self, path: TomlPath, point: tuple[int, int], after: int = 0) -> None:
        """Give `path` and its parents beyond the first `after` parts a spot, unless they have one.

        Tables that TOML creates implicitly have no header of their own: `[[questions]]` is the
        array `questions`, `source.date = ...` is the table `source`. A problem about them then
        points at the first header or dotted key that made them, not at the top of the file.
        """
        for end in range(max(after, 1), len(path) + 1):
            self._spots.setdefault(path[:end], Spot(point, point))

    def _resolve_table_path(self, parts: list[str]) -> TomlPath:
        """`[questions.pairs]` after `[[questions]]` belongs to the last questions element."""
        path: TomlPath = ()
        for part in parts[:-1]:
            path = (*path, part)
            count = self._array_counts.get(path)
            if count:
                path = (*path, count - 1)
        return (*path, parts[-1])

    def _index_pair(self, pair: Any, base: TomlPath) -> None:
        named = pair.named_children
        if not named:
            return
        key_node, value_node = named[0], named[-1]
        path = (*base, *_key_parts(key_node))
        self._index_prefixes(path[:-1], (key_node.start_point[0], key_node.start_point[1]), after=len(base))
        self._spots[path] = Spot(
            (key_node.start_point[0], key_node.start_point[1]),
            (value_node.start_point[0], value_node.start_point[1]),
        )
        self._index_value(value_node, path)

    def _index_value(self, node: Any, path: TomlPath) -> None:
        if node.type == "array":
            elements = [c for c in node.named_children if c.type != "comment"]
            for index, element in enumerate(elements):
                point = (element.start_point[0], element.start_point[1])
                self._spots[(*path, index)] = Spot(point, point)
                self._index_value(element, (*path, index))
        elif node.type == "inline_table":
            for pair in node.named_children:
                if pair.type == "pair":
                    self._index_pair(pair, path)

    # -- lookup ---------------------------------------------------------------------------

    def _to_line_col(self, point: tuple[int, int]) -> tuple[int, int]:
        row, byte_col = point
        line = self._lines[row] if row < len(self._lines) else b""
        return row + 1, len(line[:byte_col].decode("utf-8", "replace")) + 1

    def find(self, path: TomlPath, *, value: bool = True) -> tuple[int, int]:
        """1-based (line, column) of `path`'s value (or key), else of its nearest existing parent."""
        for end in range(len(path), 0, -1):
            spot = self._spots.get(path[:end])
            if spot is not None:
                exact = end == len(path)
                return self._to_line_col(spot.value if (value and exact) else spot.key)
        return 1, 1

    def exists(self, path: TomlPath) -> bool:
        return path in self._spots
