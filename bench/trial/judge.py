"""A new user's check of the timeline on texts nobody tuned on (bench/trial/texts, issue #10).

Rebuilds the trial corpus, lists the default (confident) timeline as `historiograph timeline` shows it,
and matches each entry to the hand judgments saved in bench/trial/judgments.json. An entry is matched by
its member events (document, trigger text, the trigger's sentence); a judgment is reused only when what
the entry shows (type, date, participants, place, certainty, summary) is unchanged, so a later build
that changes an entry asks for a new judgment instead of inheriting an old one.

    nice .venv/bin/python bench/trial/judge.py                 # rebuild into /tmp, print counts and what is new
    .venv/bin/python bench/trial/judge.py --no-build --db X    # an existing build of bench/trial/texts
    .venv/bin/python bench/trial/judge.py --template new.json  # also write the unjudged entries, verdict null,
                                                               # ready to fill in and append to judgments.json
Verdicts: right (type, date, main participants right; nothing shown is false), partly (a real event with
one thing wrong or missing: `fields` says which), wrong (no such event, or the entry states something false
about who or what). Missed events are stated plainly in the text and absent from the default view.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from historiograph.events.confidence import THRESHOLD  # noqa: E402
from historiograph.store import Corpus  # noqa: E402

SHOWN = ("type", "date", "participants", "place", "certainty", "summary")


def build(db: str) -> None:
    exe = Path(sys.executable).with_name("historiograph")
    cmd = [str(exe), "build", str(HERE / "texts"), "--db", db, "-j", "1", "-q", "--force"]
    subprocess.run(["nice", "-n", "10", *cmd], check=True, cwd=ROOT)


def norm(s: str) -> str:
    return " ".join(s.split())


def current_entries(db: str) -> tuple[list[dict], list, dict]:
    """The default-view entries with their member events, the conflicts, and each document's text."""
    corpus = Corpus(db, readonly=True)
    annotated: dict[str, dict] = {}
    entries = []
    # the rows `historiograph timeline` prints (its paged query), with members from the full entries
    shown = {r["id"]: r for r in corpus.timeline(0, None, min_confidence=THRESHOLD)}
    for e in corpus.timeline_entries():
        if e.id not in shown:
            continue
        e.confidence = shown[e.id]["confidence"]
        members = []
        for source, local in e.members:
            if source not in annotated:
                annotated[source] = corpus.annotated_json(source)
            ad = annotated[source]
            ev = next(v for v in ad["events"] if v["id"] == local)
            text = ad["document"]["text"] if "document" in ad else ad["text"]
            s = ev["sentence"]
            members.append({"doc": Path(source).name, "trigger": ev["trigger"]["text"],
                            "offset": ev["trigger"]["start"],
                            "sentence": norm(text[s["start"]:s["end"]])})
        members.sort(key=lambda m: (m["doc"], m["offset"]))
        entries.append({"id": e.id, "members": members, "type": e.type, "date": e.date,
                        "participants": list(e.participants), "place": e.place, "certainty": e.certainty,
                        "summary": e.summary, "confidence": e.confidence, "inferred": e.inferred})
    texts = {}
    for source in corpus.sources():
        ad = annotated.get(source) or corpus.annotated_json(source)
        texts[Path(source).name] = ad["document"]["text"] if "document" in ad else ad["text"]
    return entries, corpus.conflict_list(), texts


def member_key(m: dict) -> tuple:
    return (m["doc"], m["trigger"], norm(m["sentence"]))


def match(entry: dict, judged: list[dict]) -> tuple[str, dict | None, list[str]]:
    """('same', j, []) | ('changed', j, fields that differ) | ('new', None, [])."""
    keys = {member_key(m) for m in entry["members"]}
    partial = changed = None
    for j in judged:  # a later judgment of the same events (after a rebuild changed them) is kept beside the first
        jkeys = {member_key(m) for m in j["members"]}
        if jkeys == keys:
            diff = [f for f in SHOWN if j.get(f) != entry[f]]
            if not diff:
                return "same", j, []
            changed = (j, diff)
        elif jkeys & keys and partial is None:
            partial = j
    if changed is not None:
        return "changed", changed[0], changed[1]
    if partial is not None:
        return "changed", partial, ["members"]
    return "new", None, []


def show(e: dict) -> str:
    m = e["members"]
    where = "; ".join(f"{x['doc']}@{x['offset']} '{x['trigger']}'" for x in m)
    who = ", ".join(e["participants"]) or "-"
    return (f"{e.get('id', '')} {e['date'] or 'undated'} {e['type']} | {e['summary']} | {who}"
            f"{' @' + e['place'] if e['place'] else ''} | {e['certainty']} | {where}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="/tmp/historiograph-trial.db")
    ap.add_argument("--no-build", action="store_true", help="use --db as it is")
    ap.add_argument("--judgments", default=str(HERE / "judgments.json"))
    ap.add_argument("--template", help="write the unjudged and changed entries here (verdict null)")
    args = ap.parse_args()
    if not args.no_build:
        if os.path.exists(args.db):
            for suffix in ("", "-wal", "-shm", ".corrections.jsonl"):
                Path(args.db + suffix).unlink(missing_ok=True)
        build(args.db)
    saved = json.loads(Path(args.judgments).read_text(encoding="utf-8"))
    entries, conflicts, texts = current_entries(args.db)

    counts: Counter = Counter()
    fields: Counter = Counter()
    kinds: Counter = Counter()
    new, changed, seen = [], [], set()
    verdict_of: dict[int, str] = {}
    for e in entries:
        how, j, diff = match(e, saved["entries"])
        if how == "same":
            verdict_of[id(e)] = j["verdict"]
            counts[j["verdict"]] += 1
            seen.add(id(j))
            fields.update(j.get("fields", []))
            kinds.update(j.get("kinds", []))
        elif how == "changed":
            seen.add(id(j))
            changed.append((e, j, diff))
        else:
            new.append(e)
    gone = [j for j in saved["entries"] if id(j) not in seen]

    n = len(entries)
    print(f"default view: {n} entries (confidence >= {THRESHOLD}); judged and unchanged: {sum(counts.values())}")
    for v in ("right", "partly", "wrong"):
        print(f"  {v:7s} {counts[v]}")
    print(f"  changed since judged: {len(changed)}   not judged: {len(new)}   judged entries gone: {len(gone)}")
    print("  what the partly/wrong entries get wrong:", ", ".join(f"{k} {c}" for k, c in fields.most_common()))
    print("  kinds of error:", ", ".join(f"{k} {c}" for k, c in kinds.most_common()))

    # missed: still absent, or perhaps found now (an entry whose trigger lies in the quoted passage and
    # that is not judged wrong: a wrong entry there covers nothing)
    still, maybe = [], []
    for m in saved["missed"]:
        text = texts.get(m["doc"], "")
        at = norm(text).find(norm(m["quote"]))
        hits = []
        if at >= 0:  # the quote is still in the text: is an entry's trigger inside it, of a fitting type?
            raw = text.find(m["quote"])
            lo, hi = (raw, raw + len(m["quote"])) if raw >= 0 else (-1, -1)
            hits = [e for e in entries for x in e["members"]
                    if x["doc"] == m["doc"] and lo <= x["offset"] < hi and e["type"] in m["types"]
                    and verdict_of.get(id(e)) != "wrong"]
        (maybe if hits else still).append((m, hits))
    print(f"missed events stated in the texts: {len(saved['missed'])}; still missed {len(still)}; "
          f"perhaps found now {len(maybe)}")
    for m, hits in maybe:
        print(f"  FOUND? {m['doc']}: \"{m['quote']}\" ({'/'.join(m['types'])}) -> " + "; ".join(show(h) for h in hits))

    print("conflicts:")
    expected = saved.get("conflicts", {}).get("expected", [])
    spurious = {tuple(sorted(norm(t) for t in c["evidence"])): c for c in saved.get("conflicts", {}).get("judged", [])}
    found_expected = Counter()
    for c in conflicts:
        ev = sorted(norm(s.text) for s in c.evidence)
        docs = sorted({Path(s.source).name for s in c.evidence})
        tag = "new, judge it"
        for x in expected:
            if sorted(x["docs"]) == docs and c.kind in x["kinds"]:
                tag = f"expected ({x['what']})"
                found_expected[x["what"]] += 1
        if tuple(ev) in spurious:
            tag = f"judged {spurious[tuple(ev)]['verdict']}: {spurious[tuple(ev)]['why']}"
        print(f"  [{c.kind}] {c.message} | " + " | ".join(f"{Path(s.source).name}: {s.text}" for s in c.evidence)
              + f"  <- {tag}")
    for x in expected:
        if not found_expected[x["what"]]:
            print(f"  NOT FOUND: {x['what']} ({', '.join(x['docs'])})")

    if changed:
        print("\nchanged since judged (judge again):")
        for e, j, diff in changed:
            print(f"  now:  {show(e)}\n  was:  {j['verdict']} ({', '.join(diff)} differ) {j['why']}")
    if new:
        print("\nnot judged yet:")
        for e in new:
            print("  " + show(e))
    if gone:
        print("\njudged entries no longer in the default view:")
        for j in gone:
            print(f"  was {j['verdict']}: {show(j)}")
    if args.template:
        todo = [dict(e, verdict=None, fields=[], kinds=[], why="") for e in new] + \
               [dict(e, verdict=None, fields=[], kinds=[], why="", was=j["verdict"]) for e, j, _ in changed]
        for t in todo:
            t.pop("id", None)
            t.pop("confidence", None)
        Path(args.template).write_text(json.dumps(todo, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {len(todo)} entries to judge to {args.template}")
    return 0


def joined(db: str) -> None:
    """The retellings a round expects: which default-view entries have members from two documents."""
    entries, _, _ = current_entries(db)
    both = [e for e in entries if len({m["doc"] for m in e["members"]}) > 1]
    print(f"\nentries told by two documents: {len(both)}")
    for e in both:
        print("  " + show(e))


def run_round(here: Path, db: str) -> int:
    """Judge a later round (bench/trial/roundN): this judge pointed at that folder's texts and
    judgments and at its own database (so rounds do not disturb each other's builds), then the
    entries two documents share."""
    global HERE
    HERE = here  # build() reads HERE / "texts"; main() defaults --judgments to HERE / "judgments.json"
    argv = sys.argv[1:]
    if not any(a == "--db" or a.startswith("--db=") for a in argv):
        sys.argv[1:1] = ["--db", db]
    rc = main()
    argv = sys.argv[1:]
    joined(argv[argv.index("--db") + 1] if "--db" in argv else
           next(a.split("=", 1)[1] for a in argv if a.startswith("--db=")))
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
