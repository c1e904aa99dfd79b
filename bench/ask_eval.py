"""Question answering over examples/ and the sample texts: right answers and correct citations.

    python bench/ask_eval.py [--db corpus.db] [--mode hybrid|bm25|dense] [-v]

Without --db, builds examples/ and ../shared/seeds/ into a temporary database first. A question is right
when the answer contains one of its `expect` strings (all of `expect_all`) and none of its `reject` strings,
or, for an unanswerable one, when the answer says so. Its citations are correct when it has at least one; every cited span lies in one
of the question's documents, is exactly the characters it quotes there, and carries the footnote markers that
the text shows from its start to the end of its sentence; and the span the answer rests on contains an
`evidence` string: the first citation for a single fact (when, who, where, how many, according to), any
citation for a list or an overview. Unanswerable: no citations. The footnotes are read from the document's
own text (markers such as "[3]"), not from the system's notes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

QUESTIONS = REPO / "bench" / "ask_questions.json"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def build_db(path: Path) -> None:
    from historiograph.build import build
    from historiograph.store import Corpus

    with Corpus(path) as corpus:
        build(corpus, [REPO / "examples", SHARED_SEEDS], jobs=1)


SINGLE = {"when", "who", "where", "how_many", "according"}
_MARKER = re.compile(r"\s?\[\d{1,3}\]")
_END = re.compile(r"[.!?][\"”’)]*((?:\s?\[\d{1,3}\])*)(?=\s+[A-Z\u0400-\u04FF“\"(]|\s*$)|\n\s*\n")


def markers_of(text: str, start: int, end: int) -> str:
    """The footnote markers from the span's start to the end of its sentence, and those right after its full
    stop ("...in 1938.[3][4]"): the notes of the clause cited and of its sentence, not of earlier clauses."""
    last = start + len(text[start:end].rstrip())
    while (t := re.search(r"\s?\[\d{1,3}\]\s*$", text[start:last])):  # a span may end after its own markers
        last = start + t.start()
    m = _END.search(text, max(start, last - 1))
    stop = m.end() if m else len(text)
    return "".join(x.group(0).strip() for x in _MARKER.finditer(text[start:stop]))


def citation_sound(c: dict, texts) -> bool:
    """The span quotes the document exactly and carries the footnote markers the text shows there."""
    text = texts(c["source"])
    return text[c["start"]:c["end"]] == c["text"] and (c["footnote"] or "") == markers_of(text, c["start"], c["end"])


def judge(item: dict, result: dict, texts=None) -> tuple[bool, bool]:
    cites = [c for s in result["statements"] for c in s["citations"]]
    if item.get("unanswerable"):
        return result["unanswerable"], not cites
    answer = result["answer"].lower()
    right = not result["unanswerable"] and (
        all(e.lower() in answer for e in item["expect_all"]) if "expect_all" in item
        else any(e.lower() in answer for e in item["expect"])) and not any(
        r.lower() in answer for r in item.get("reject", []))
    names = set(item["sources"])  # a statement of disagreement may rightly cite other documents too
    own = [c for s in result["statements"] if not s.get("conflict") for c in s["citations"]]
    in_docs = bool(own) and all(Path(c["source"]).name in names for c in own)
    rests_on = cites[:1] if item["kind"] in SINGLE else cites
    evidence = any(any(e.lower() in c["text"].lower() for e in item["evidence"]) for c in rests_on)
    sound = texts is None or all(citation_sound(c, texts) for c in cites)
    return right, in_docs and evidence and sound


def evaluate(db: Path, mode: str = "hybrid", verbose: bool = False) -> dict:
    from historiograph.ask.answer import Answerer
    from historiograph.store import Corpus

    items = json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]
    corpus = Corpus(db, readonly=True)
    answerer = Answerer(corpus)
    cache: dict[str, str] = {}

    def texts(source: str) -> str:
        if source not in cache:
            cache[source] = corpus.annotated_json(source)["text"]
        return cache[source]

    if mode != "hybrid":
        search = answerer.retriever.search
        answerer.retriever.search = lambda *a, **k: search(*a, **{**k, "mode": mode})
    rows, times = [], []
    for item in items:
        t0 = time.perf_counter()
        result = answerer.ask(item["q"])
        times.append(time.perf_counter() - t0)
        right, cited = judge(item, result, texts)
        rows.append({"q": item["q"], "kind": item["kind"], "right": right, "cited": cited,
                     "answer": result["answer"][:240]})
    corpus.close()
    n = len(rows)
    return {"questions": n, "right": sum(r["right"] for r in rows) / n, "cited": sum(r["cited"] for r in rows) / n,
            "median_ms": sorted(times)[n // 2] * 1000, "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path)
    ap.add_argument("--mode", default="hybrid", choices=["hybrid", "bm25", "dense"])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "ask.db"
            build_db(db)
        report = evaluate(db, args.mode, args.verbose)
    for r in report["rows"]:
        if args.verbose or not (r["right"] and r["cited"]):
            mark = ("right" if r["right"] else "WRONG") + (" cited" if r["cited"] else " BAD-CITATIONS")
            print(f"[{mark}] ({r['kind']}) {r['q']}\n    -> {r['answer']}")
    print(f"{report['questions']} questions ({args.mode}): right answers {report['right']:.1%}, "
          f"correct citations {report['cited']:.1%}, median {report['median_ms']:.1f} ms per question")


if __name__ == "__main__":
    main()
