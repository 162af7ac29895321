"""GIFT text: blocks separated by blank lines, escapes, comments, Trilemma's metadata comment, [format] markers."""

from __future__ import annotations

import re

from db.interchange.common import plain_text
from db.interchange.metadata import read_meta

SPECIAL = "~=#{}:"
# Escaped specials become private-use characters while parsing, then turn back into themselves.
_PLACEHOLDER = {c: chr(0xE000 + i) for i, c in enumerate(SPECIAL + "\\")}
_RESTORE = {v: k for k, v in _PLACEHOLDER.items()}
_NEWLINE = chr(0xE010)  # an escaped \n, kept apart from the file's own line breaks
META = "// [trilemma] "
FORMAT_MARKER = re.compile(r"\s*\[(html|moodle|plain|markdown)\]")


def _protect(text: str) -> str:
    """Replace escaped specials by placeholders (a lone trailing backslash stays)."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in _PLACEHOLDER:
                out.append(_PLACEHOLDER[nxt])
                i += 2
                continue
            if nxt == "n":
                out.append(_NEWLINE)
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


def restore(text: str) -> str:
    """Placeholders back into the characters they stand for."""
    return "".join(_RESTORE.get(c, c) for c in text)


def blocks(text: str):
    """(first line number, lines) of each block separated by blank lines."""
    block: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == "":
            if any(x.strip() for x in block):
                yield start, block
            block, start = [], 0
            continue
        if not block:
            start = number
        block.append(line)
    if any(x.strip() for x in block):
        yield start, block


class Block:
    """One question block: its text (comments blanked, escapes protected), its metadata and line arithmetic."""

    def __init__(self, name: str, start: int, lines: list[str], notes: list[str]):
        self.name, self.start, self.notes = name, start, notes
        self.meta_text: str | None = None
        self.meta_line = start
        self.first: int | None = None
        kept = []
        for offset, line in enumerate(lines):
            stripped = line.strip()
            if stripped.startswith(META.strip()):
                self.meta_text, self.meta_line = stripped[len(META.strip()):], start + offset
                kept.append("")
            elif stripped.startswith("//"):
                kept.append("")
            else:
                kept.append(line)
            if kept[-1].strip() and self.first is None:
                self.first = start + offset
        self.text = _protect("\n".join(kept))

    def meta(self, allowed: tuple[str, ...]) -> dict:
        """The block's `// [trilemma] {...}` comment, checked; FormatError naming its line."""
        if self.meta_text is None:
            return {}
        return read_meta(self.meta_text, f"{self.name} line {self.meta_line}", allowed)

    def line(self, index: int) -> int:
        """The file line of a character index in the block's text."""
        return self.start + self.text.count("\n", 0, max(0, index))

    def where(self, index: int | None = None) -> str:
        """'file line N' for a place in this block."""
        return f"{self.name} line {self.line(index) if index is not None else (self.first or self.start)}"

    def clean(self, text: str, where: str, fmt: str = "moodle") -> str:
        """Final plain text of a piece: its own [format] marker read, escapes restored, HTML made text."""
        marker = FORMAT_MARKER.match(text)
        if marker:
            fmt, text = marker.group(1), text[marker.end():]
        text = re.sub(r"\s*\n\s*", " ", text)
        text = re.sub(r" {2,}", " ", restore(text)).replace(_NEWLINE, "\n")
        return plain_text(text, where, is_html=fmt in ("moodle", "html"), notes=self.notes)

    def note(self, where: str, text: str) -> None:
        """Something of this question that Trilemma cannot keep, for the preview."""
        self.notes.append(f"{where}: {text}")
