"""Run the tagger N times over the TBAQ-cleaned texts and nothing else: a fixed workload for an instruction count.

A machine whose speed drifts makes wall-clock ratios noisy; an instruction count is steady. Count the instructions
of 1 and of 3 passes and halve the difference (that removes start-up: imports, resource loading):

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/tag_passes.py 1
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/tag_passes.py 3
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/tag_passes.py 1 --peer
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/tag_passes.py 2 --peer

(`--peer` runs `dateparser.search_dates` instead, as bench_tagger.py does; it is slow under valgrind.) Give valgrind
the real interpreter, not a shell shim (pyenv's `python` is one): `$(python -c 'import sys; print(sys.executable)')`.
"""

from __future__ import annotations

import argparse
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates

from timeline.evaluate.timeml import find_timeml_files, read_timeml
from timeline.settings import Settings
from timeline.temporal import tag_text

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "tbaq-cleaned"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("passes", type=int)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--peer", action="store_true", help="run dateparser.search_dates instead")
    args = parser.parse_args()
    docs = [read_timeml(f) for f in find_timeml_files([args.corpus])]
    settings = Settings()
    for _ in range(args.passes):
        for doc in docs:
            if args.peer:
                base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)
                with suppress(Exception):  # the peer's own failures, as in bench_tagger.py
                    search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base})
            else:
                tag_text(doc.text, doc.dct, settings)


if __name__ == "__main__":
    main()
