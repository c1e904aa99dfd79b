"""Round 5 of the new user's check (held-out texts in bench/trial/round5/texts, judged by the `trial5` helper).

The same judge as bench/trial/judge.py (imported, not copied), pointed at this round's texts and
judgments and at its own database; after the counts it lists the entries told by two documents (the
Alvarim and Copiapó pairs should agree on five and three events):

    nice .venv/bin/python bench/trial/round5/judge.py                    # rebuild into /tmp, print counts
    .venv/bin/python bench/trial/round5/judge.py --template /tmp/r5.json  # also write the entries to judge
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("trial_judge", HERE.parent / "judge.py")
judge = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(judge)

if __name__ == "__main__":
    raise SystemExit(judge.run_round(HERE, "/tmp/historiograph-trial5.db"))
