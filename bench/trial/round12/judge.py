"""Round 12 of the new user's check (held-out texts in bench/trial/round12/texts, judged by the `trial12` helper).

The same judge as bench/trial/judge.py (imported, not copied), pointed at this round's texts and
judgments and at its own database; after the counts it lists the entries told by two documents (the
Kereru collision and the Ugarte pairs should agree on four and four events, see expected.json `agreeing`):

    nice .venv/bin/python bench/trial/round12/judge.py                     # rebuild into /tmp, print counts
    .venv/bin/python bench/trial/round12/judge.py --template /tmp/r12.json  # also write the entries to judge
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the shared judge, run from its file, pointed at this folder and its own database
    here = Path(__file__).resolve().parent
    raise SystemExit(runpy.run_path(str(here.parent / "judge.py"))["run_round"](here, "/tmp/historiograph-trial12.db"))
