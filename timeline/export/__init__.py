"""Exports: CSV, JSON (+ JSON Schema), iCalendar, TimelineJS JSON and an HTML viewer, written atomically."""

from __future__ import annotations

from timeline.export.writer import write_exports

__all__ = ["write_exports"]
