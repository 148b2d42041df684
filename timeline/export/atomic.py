"""Write a set of files into a folder atomically: all temp files first, then one os.replace each.

Readers never see a half-written file: each file is written to a temp file in the same folder (same file
system), flushed to disk, then renamed over the target with os.replace. If writing any temp file fails, no
target is touched and the temp files are removed. OS errors become ExportError naming the path.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path

from timeline.errors import ExportError

_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _write_temp(target: Path, data: bytes) -> Path:
    """Write `data` to a new temp file next to `target` (mode 0666 minus the umask) and flush it to disk."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
    try:
        fd = os.open(temp, _TEMP_FLAGS, 0o666)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {_reason(exc)}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot write: {_reason(exc)}") from exc
    return temp


def _sync_folder(folder: Path) -> None:
    """Make the renames durable where the platform allows opening a folder (best effort)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_files_atomically(out_dir: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write each name -> bytes into `out_dir` (created if missing); return the written paths, sorted."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out_dir}: cannot create the output folder: {_reason(exc)}") from exc
    if not out_dir.is_dir():
        raise ExportError(f"{out_dir}: not a folder")
    pending: list[tuple[Path, Path]] = []
    try:
        for name in sorted(files):
            target = out_dir / name
            if target.is_dir():
                raise ExportError(f"{target}: is a folder, cannot write a file there")
            pending.append((_write_temp(target, files[name]), target))
        while pending:
            temp, target = pending[0]
            try:
                os.replace(temp, target)
            except OSError as exc:
                raise ExportError(f"{target}: cannot replace: {_reason(exc)}") from exc
            pending.pop(0)
    finally:
        for temp, _ in pending:
            temp.unlink(missing_ok=True)
    _sync_folder(out_dir)
    return sorted(out_dir / name for name in files)
