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

if __name__ == "__main__":
    if not any(a == "--db" or a.startswith("--db=") for a in sys.argv[1:]):
        sys.argv[1:1] = ["--db", "/tmp/historiograph-trial3.db"]
    raise SystemExit(judge.main())
