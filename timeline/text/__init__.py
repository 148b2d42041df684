"""Text structure: paragraphs and sentences with offsets and kinds (body, headline, caption, bullet, noise)."""

from __future__ import annotations

from timeline.text.segmentation import NOISE_KINDS, Segment, SegmentKind, segment, sentences

__all__ = ["NOISE_KINDS", "Segment", "SegmentKind", "segment", "sentences"]
