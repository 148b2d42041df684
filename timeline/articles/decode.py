"""Bytes to text: a byte-order mark, else a declared encoding, else UTF-8, else a confident guess, else an error."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from timeline.articles.resources import LoaderRules
from timeline.errors import BinaryFileError, EncodingError

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def declared_encoding(raw: bytes, rules: LoaderRules) -> tuple[str, int] | None:
    """The encoding named in a front matter block (and its line), read before the file is decoded."""
    head = raw[:4096].decode("ascii", errors="replace")
    lines = head.splitlines()
    if not lines or lines[0].strip() != rules.front_open:
        return None
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() in rules.front_close:
            return None
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in rules.front_keys["encoding"]:
            return value.strip().strip("\"'"), number
    return None


def _looks_western(text: str, rules: LoaderRules) -> bool:
    """A guessed decoding is kept only when it reads like ordinary text (no mojibake, no control characters)."""
    non_ascii = 0
    run = 0
    for char in text:
        if ord(char) < 128:
            run = 0
            if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f":
                return False
            continue
        non_ascii += 1
        run += 1
        category = unicodedata.category(char)
        if run > rules.max_non_ascii_run or (
            category not in rules.allowed_categories and category[0] not in rules.allowed_categories
        ):
            return False
    return non_ascii <= rules.max_non_ascii_ratio * max(1, len(text))


def decode(raw: bytes, path: str | Path, rules: LoaderRules) -> tuple[str, str]:
    """(text, encoding used). Raises BinaryFileError or EncodingError naming `path`."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    path, f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}"
                ) from None
    if b"\x00" in raw:
        raise BinaryFileError(path, "not a text file (it holds NUL bytes)")
    declared = declared_encoding(raw, rules)
    if declared is not None:
        name, line = declared
        try:
            codecs.lookup(name)
        except LookupError:
            raise EncodingError(path, f"unknown encoding {name!r} declared in front matter", line) from None
        try:
            return raw.decode(name), name
        except UnicodeDecodeError as exc:
            raise EncodingError(path, f"not valid {name} as its front matter declares: {exc}", line) from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for guess in rules.guess_encodings:
        try:
            text = raw.decode(guess)
        except UnicodeDecodeError:
            continue
        if _looks_western(text, rules):
            return text, guess
    raise EncodingError(
        path,
        f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and no confident guess; "
        "declare it in front matter (encoding: ...) or convert the file to UTF-8",
    )
