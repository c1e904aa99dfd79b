"""Round 3 of the new user's check (held-out texts in bench/trial/round3/texts, judged by the `trial3` helper).

The same judge as bench/trial/judge.py (imported, not copied), pointed at this round's texts and
judgments and at its own database, so that a run of the first round's judge is not disturbed:

    nice .venv/bin/python bench/trial/round3/judge.py                    # rebuild into /tmp, print counts
    .venv/bin/python bench/trial/round3/judge.py --template /tmp/r3.json  # also write the entries to judge
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("trial_judge", HERE.parent / "judge.py")
judge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(judge)
judge.HERE = HERE  # build() reads HERE / "texts"; main() defaults --judgments to HERE / "judgments.json"



def joined(db: str) -> None:
    """The retellings this round expects: which default-view entries have members from two documents."""
    entries, _, _ = judge.current_entries(db)
    both = [e for e in entries if len({m["doc"] for m in e["members"]}) > 1]
    print(f"\nentries told by two documents: {len(both)}")
    for e in both:
        print("  " + judge.show(e))


if __name__ == "__main__":
    if not any(a == "--db" or a.startswith("--db=") for a in sys.argv[1:]):
        sys.argv[1:1] = ["--db", "/tmp/historiograph-trial3.db"]
    rc = judge.main()
    joined(sys.argv[sys.argv.index("--db") + 1] if "--db" in sys.argv else
           next(a.split("=", 1)[1] for a in sys.argv if a.startswith("--db=")))
    raise SystemExit(rc)
