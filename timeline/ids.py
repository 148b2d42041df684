"""Stable ids: the first 16 hex digits of the sha1 of a key string (never a counter or a random uuid)."""

from __future__ import annotations

import hashlib


def short_hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
