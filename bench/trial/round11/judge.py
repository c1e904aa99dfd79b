"""Round 11 of the new user's check (held-out texts in bench/trial/round11/texts, judged by the `trial11` helper).

The same judge as bench/trial/judge.py (imported, not copied), pointed at this round's texts and
judgments and at its own database; after the counts it lists the entries told by two documents (the
Hof (Bjarnardalur) pair should agree on five events, the Liuhe pair on four, see expected.json `agreeing`):

    nice .venv/bin/python bench/trial/round11/judge.py                     # rebuild into /tmp, print counts
    .venv/bin/python bench/trial/round11/judge.py --template /tmp/r11.json  # also write the entries to judge
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the shared judge, run from its file, pointed at this folder and its own database
    here = Path(__file__).resolve().parent
    raise SystemExit(runpy.run_path(str(here.parent / "judge.py"))["run_round"](here, "/tmp/historiograph-trial11.db"))
