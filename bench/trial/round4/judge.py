"""Round 4 of the new user's check (held-out texts in bench/trial/round4/texts, judged by the `trial4` helper).

The same judge as bench/trial/judge.py (imported, not copied), pointed at this round's texts and
judgments and at its own database, so that runs of the other rounds' judges are not disturbed; after the
counts it lists the entries told by two documents (the Hannah Marlow pair should agree on two events):

    nice .venv/bin/python bench/trial/round4/judge.py                    # rebuild into /tmp, print counts
    .venv/bin/python bench/trial/round4/judge.py --template /tmp/r4.json  # also write the entries to judge
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

DB = "/tmp/historiograph-trial4.db"


def joined(db: str) -> None:
    """The retellings this round expects: which default-view entries have members from two documents."""
    entries, _, _ = judge.current_entries(db)
    both = [e for e in entries if len({m["doc"] for m in e["members"]}) > 1]
    print(f"\nentries told by two documents: {len(both)}")
    for e in both:
        print("  " + judge.show(e))


def db_arg(argv: list[str]) -> str:
    if "--db" in argv:
        return argv[argv.index("--db") + 1]
    return next(a.split("=", 1)[1] for a in argv if a.startswith("--db="))


if __name__ == "__main__":
    if not any(a == "--db" or a.startswith("--db=") for a in sys.argv[1:]):
        sys.argv[1:1] = ["--db", DB]
    rc = judge.main()
    joined(db_arg(sys.argv))
    raise SystemExit(rc)
