"""Mention quality of the entities stage.

1. Seeds gold (../shared/gold/seeds.json), scored as gold/README says: exact span and coarse label
   (PERSON, ORG, PLACE = GPE/LOC/FAC, WORK); a predicted label is right when it is the gold label or
   one of the entity's ``alt_labels``; a predicted mention inside an ``ignore`` span that matches no
   gold mention is not counted. NORP and EVENT are not coarse labels: the gold leaves adjectives of
   nationality unannotated (or in ``ignore``), so predicted NORP/EVENT mentions are not scored.
2. HIPE-2022 English dev (../shared/data/hipe2022-en/): micro P/R/F1 on NE-COARSE-LIT (the
   literal coarse types pers, org, loc, prod, time; NE-COARSE-METO is not scored), strict (exact
   boundaries and type) and fuzzy (type and a token in common), counted as the HIPE scorer counts
   (``hipe_score``: an overlapping prediction of the wrong span or type is one FP and one FN). Entities are
   chunked from IOB as the HIPE scorer does (an I- after O or another type opens one). Text is
   rebuilt from tokens honouring NoSpaceAfter, with a line break at EndOfLine (the OCR lines, so
   broken words read "Pro¬\nvidence"); each document runs through the pipeline up to the entities
   stage, and predictions are snapped to the tokens they touch, as a HIPE submission (one tag per
   token) would give them. Labels: PERSON->pers, ORG->org, GPE/LOC/FAC->loc, WORK->prod, the time
   stage's DATE timexes that carry a year->time (HIPE's time is time.date.abs). Three rows: spaCy
   alone (its ents mapped the same way: WORK_OF_ART/PRODUCT->prod, DATE/TIME->time), our stage with
   CoNLL spans, and our stage with HIPE's spans for people (titles and ", Esq." inside:
   entities.titles). topres19th tags only toponyms (LOC, BUILDING, STREET): all are scored as loc,
   against our places only, and the known places nested in our organisations', works' and titled
   persons' names (``places.places_inside``: "Leeds Town Council", "University of Dublin"), which
   topres tags as toponyms (after "of" only in a person's name: a given name is no place). A
   further row types them as topres does (loc / building / street) by their head noun
   (``entities.toponyms``); --errors prints that row's errors too.

3. narrative-dev (../shared/data/narrative-dev/): the same scoring over whole files (infobox and
   heading lines included) and over the gold's ``prose_spans`` only.

4. The repository's own examples (examples/), against a hand reading of five of them
   (tests/fixtures/entities/examples_gold.json, built by build_examples_gold.py there), scored as
   the seeds are, with P/R/F1 per coarse label; also counted apart: NORP spans of the gold (group
   names, adjectives: not scored) that the stage gave a scored label.

    .venv/bin/python bench/ner_eval.py [--verbose] [--no-hipe] [--max-docs N]
    .venv/bin/python bench/ner_eval.py --examples [--verbose]
    .venv/bin/python bench/ner_eval.py --narrative [--verbose]
"""
from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"
SEEDS = SHARED / "seeds"
HIPE = SHARED / "data" / "hipe2022-en"
EXAMPLES = REPO / "examples"
EXAMPLES_GOLD = REPO / "tests" / "fixtures" / "entities" / "examples_gold.json"
NARRATIVE = SHARED / "data" / "narrative-dev"

COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "WORK": "WORK"}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_seed_doc(pred_mentions, gold_doc: dict, per_label: Counter | None = None
                   ) -> tuple[int, int, int, list, list]:
    """(tp, fp, fn, false positives, false negatives) for one document; ``per_label`` (if given)
    counts (coarse label, "tp"/"fp"/"fn"), a wrong label counting as a false positive of the
    predicted label and a false negative of the gold one."""
    per_label = per_label if per_label is not None else Counter()
    ents = gold_doc["entities"]
    gold = {}
    for m in gold_doc["mentions"]:
        e = ents.get(m["entity"], {})
        ok = {COARSE.get(m["label"])} | {COARSE.get(l) for l in e.get("alt_labels", [])}
        ok.discard(None)
        if COARSE.get(m["label"]) is None:
            continue
        gold[(m["start"], m["end"])] = (ok, m["text"], COARSE[m["label"]])
    ignore = [(s["start"], s["end"]) for s in gold_doc.get("ignore", [])]
    tp = fp = 0
    fps, matched = [], set()
    for m in pred_mentions:
        lab = COARSE.get(m.label)
        if lab is None:
            continue
        key = (m.start, m.end)
        if key in gold:
            if lab in gold[key][0]:
                tp += 1
                matched.add(key)
                per_label[(gold[key][2], "tp")] += 1
            else:
                fp += 1
                per_label[(lab, "fp")] += 1
                fps.append((m.start, m.end, m.text, m.label, "wrong label"))
            continue
        if any(a <= m.start and m.end <= b for a, b in ignore):
            continue
        fp += 1
        per_label[(lab, "fp")] += 1
        fps.append((m.start, m.end, m.text, m.label, ""))
    fns = [(k[0], k[1], v[1], sorted(v[0])) for k, v in gold.items() if k not in matched]
    for k, v in gold.items():
        if k not in matched:
            per_label[(v[2], "fn")] += 1
    return tp, fp, len(fns), fps, fns


def seeds(verbose: bool) -> tuple[float, float, float]:
    import historiograph

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    TP = FP = FN = 0
    words = 0
    t0 = time.perf_counter()
    for path in sorted(SEEDS.glob("*.txt")):
        ad = historiograph.annotate_file(path)
        words += ad.document.words
        tp, fp, fn, fps, fns = score_seed_doc(ad.mentions, gold["documents"][path.name])
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        print(f"  {path.name}: P/R/F1 = {prf(tp, fp, fn)[0]:.3f} / {prf(tp, fp, fn)[1]:.3f} / {prf(tp, fp, fn)[2]:.3f}"
              f"  (tp {tp}, fp {fp}, fn {fn})")
        if verbose:
            for x in fps:
                print("     FP", x)
            for x in fns:
                print("     FN", x)
    p, r, f = prf(TP, FP, FN)
    print(f"seeds gold, micro over both documents: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
          f"(tp {TP}, fp {FP}, fn {FN}; {words} words, {time.perf_counter() - t0:.1f}s incl. model load)")
    return p, r, f


def examples(verbose: bool) -> dict:
    """The stage against the hand reading of examples/: micro P/R/F1 overall and per coarse label."""
    import historiograph

    gold = json.loads(EXAMPLES_GOLD.read_text(encoding="utf-8"))
    per: Counter = Counter()
    TP = FP = FN = 0
    words = 0
    norp_labelled = []
    t0 = time.perf_counter()
    from historiograph import entities, pipeline

    t_ent = 0.0
    for name, gdoc in gold["documents"].items():
        ad = historiograph.annotate(EXAMPLES / name)
        words += ad.document.words
        t1 = time.perf_counter()
        entities.annotate(ad, pipeline.Options())  # the stage again, timed alone
        t_ent += time.perf_counter() - t1
        tp, fp, fn, fps, fns = score_seed_doc(ad.mentions, gdoc, per)
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        p, r, f = prf(tp, fp, fn)
        print(f"  {name}: P/R/F1 = {p:.3f} / {r:.3f} / {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
        norp = [(s["start"], s["end"]) for s in gdoc["ignore"] if s.get("label") == "NORP"]
        for m in ad.mentions:
            if COARSE.get(m.label) and any(a <= m.start and m.end <= b for a, b in norp):
                norp_labelled.append((name, m.text, m.label))
        if verbose:
            for x in fps:
                print("     FP", x)
            for x in fns:
                print("     FN", x)
    p, r, f = prf(TP, FP, FN)
    print(f"examples gold, micro: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {TP}, fp {FP}, fn {FN}; "
          f"{words} words, {time.perf_counter() - t0:.1f}s incl. model load)")
    out = {"micro": (p, r, f)}
    for lab in ("PERSON", "ORG", "PLACE", "WORK"):
        pl = prf(per[(lab, "tp")], per[(lab, "fp")], per[(lab, "fn")])
        out[lab] = pl
        print(f"    {lab:6s} P {pl[0]:.3f}  R {pl[1]:.3f}  F1 {pl[2]:.3f}  "
              f"(tp {per[(lab, 'tp')]}, fp {per[(lab, 'fp')]}, fn {per[(lab, 'fn')]})")
    print(f"  speed: entities stage alone {words / max(t_ent, 1e-9):,.0f} words/s")
    print(f"  NORP spans (groups, adjectives; not scored) given a scored label: {len(norp_labelled)}"
          + ("".join(f"\n     {x}" for x in norp_labelled) if verbose else ""))
    return out


def narrative(verbose: bool) -> dict:
    """narrative-dev (11 Wikipedia excerpts): exact span + coarse label, ``ignore`` spans not
    counted, over whole files (infobox and heading lines included) and over ``prose_spans`` only
    (a mention counts there when it lies inside one prose span, gold and predicted alike)."""
    import historiograph

    gold = json.loads((NARRATIVE / "gold.json").read_text(encoding="utf-8"))
    tot = {"whole": Counter(), "prose": Counter()}
    per: Counter = Counter()
    t0 = time.perf_counter()
    for name, gdoc in sorted(gold["documents"].items()):
        ad = historiograph.annotate(NARRATIVE / "texts" / name)
        prose = [tuple(s) for s in gdoc["prose_spans"]]
        tail = len(ad.text) - 40  # the excerpts are cut mid-word; their last 40 characters are not annotated
        inside = lambda a, b: any(x <= a and b <= y for x, y in prose) and a < tail  # noqa: E731
        for part, keep in (("whole", lambda a, b: a < tail), ("prose", inside)):
            g = dict(gdoc, mentions=[m for m in gdoc["mentions"] if keep(m["start"], m["end"])])
            preds = [m for m in ad.mentions if keep(m.start, m.end)]
            tp, fp, fn, fps, fns = score_seed_doc(preds, g, per if part == "whole" else None)
            tot[part].update(tp=tp, fp=fp, fn=fn)
            if part == "whole":
                p, r, f = prf(tp, fp, fn)
                print(f"  {name}: P/R/F1 = {p:.3f} / {r:.3f} / {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
                if verbose:
                    for x in fps:
                        print("     FP", x, "" if inside(x[0], x[1]) else "[non-prose]")
                    for x in fns:
                        print("     FN", x, "" if inside(x[0], x[1]) else "[non-prose]")
    out = {}
    for part in ("whole", "prose"):
        c = tot[part]
        out[part] = prf(c["tp"], c["fp"], c["fn"])
        p, r, f = out[part]
        print(f"narrative-dev {part:5s}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    for lab in ("PERSON", "ORG", "PLACE", "WORK"):
        pl = prf(per[(lab, "tp")], per[(lab, "fp")], per[(lab, "fn")])
        print(f"    {lab:6s} P {pl[0]:.3f}  R {pl[1]:.3f}  F1 {pl[2]:.3f}  "
              f"(tp {per[(lab, 'tp')]}, fp {per[(lab, 'fp')]}, fn {per[(lab, 'fn')]})")
    print(f"  ({time.perf_counter() - t0:.1f}s incl. model load)")
    return out


# ---- HIPE ---------------------------------------------------------------------------------------

def read_hipe(path: Path) -> list[dict]:
    """Documents of a HIPE TSV: {"id", "text", "tokens": [(start, end)], "gold": [(start, end, type)]}.

    The text is rebuilt from the tokens: no space after a NoSpaceAfter token, a line break after an
    EndOfLine token (the OCR line ends, as a scanned page gives them), a space otherwise. Entities
    are read from NE-COARSE-LIT the way the HIPE scorer chunks IOB tags: B- starts an entity, so does
    an I- after O or after another type.
    """
    docs = []
    cur = None
    col = {}
    ent = None

    def close_ent():
        nonlocal ent
        if ent and cur is not None:
            cur["gold"].append(tuple(ent))
        ent = None

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("TOKEN\t"):
            col = {name: i for i, name in enumerate(line.split("\t"))}
            continue
        if line.startswith("# hipe2022:document_id"):
            close_ent()
            cur = {"id": line.split("=", 1)[1].strip(), "parts": [], "tokens": [], "gold": [], "len": 0}
            docs.append(cur)
            continue
        if not line.strip() or line.startswith("#") or cur is None:
            continue
        cells = line.split("\t")
        tok, tag, misc = cells[0], cells[col["NE-COARSE-LIT"]], cells[col["MISC"]]
        start = cur["len"]
        cur["parts"].append(tok)
        cur["len"] += len(tok)
        end = cur["len"]
        cur["tokens"].append((start, end))
        if "NoSpaceAfter" not in misc:
            sep = "\n" if "EndOfLine" in misc else " "
            cur["parts"].append(sep)
            cur["len"] += 1
        if tag == "O" or len(tag) < 3:
            close_ent()
        elif tag.startswith("B-") or ent is None or ent[2] != tag[2:].lower():
            close_ent()
            ent = [start, end, tag[2:].lower()]
        else:
            ent[1] = end
    close_ent()
    for d in docs:
        d["text"] = "".join(d.pop("parts"))
    return docs


def snap(spans, tokens: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Predicted character spans as a HIPE submission gives them: the tokens they touch.

    A system answers HIPE with one tag per token, so a span that ends inside a token ("Salem" in
    the token "Salem—Friday") covers the whole token."""
    starts = [a for a, _ in tokens]
    out = []
    for a, b, lab in spans:
        i = max(0, bisect.bisect_right(starts, a) - 1)
        if tokens[i][1] <= a:
            i += 1
        j = bisect.bisect_left(starts, b) - 1
        if i >= len(tokens) or j < i:
            continue
        span = (tokens[i][0], tokens[j][1], lab)
        if out and out[-1][1] > span[0]:  # two spans in one token: the first wins
            continue
        out.append(span)
    return out


HIPE_MAP = {"PERSON": "pers", "ORG": "org", "GPE": "loc", "LOC": "loc", "FAC": "loc", "WORK": "prod"}
SPACY_MAP = {"PERSON": "pers", "ORG": "org", "GPE": "loc", "LOC": "loc", "FAC": "loc",
             "WORK_OF_ART": "prod", "PRODUCT": "prod", "DATE": "time", "TIME": "time"}
# HIPE's time is time.date.abs: a date that carries its year ("Feb. 19, 1790", "in 1800");
# relative dates ("Friday evening", "last week") are not annotated. Both systems are filtered alike.
_ABSOLUTE_DATE = re.compile(r"\d{3,}|\d \d{3}")


def hipe_score(pairs) -> dict:
    """pairs: [(gold spans, predicted spans)] per document -> strict and fuzzy micro counts, as the
    HIPE scorer (hipe-eval/HIPE-scorer, ``Evaluator.compute_metrics``) counts them.

    Each prediction, in text order: an exact match (boundaries and type) is correct in both
    schemes. Otherwise the first gold entity it overlaps that no earlier prediction overlapped is
    consumed: same boundaries but another type, or an overlap of another type, is incorrect in
    both; an overlap of the same type is incorrect under strict and correct under fuzzy
    ("ent_type"). A prediction that consumes nothing is spurious; a gold entity nothing overlapped
    is missed. TP = correct, FP = predicted - correct, FN = gold - correct (an incorrect one counts
    on both sides); per type, an error counts against the gold entity's type, a spurious one
    against its own. Gold and predictions are token spans (predictions snapped to tokens), so
    boundaries compare as the scorer's token offsets do."""
    out = {}
    for mode in ("strict", "fuzzy"):
        tp = fp = fn = 0
        per = Counter()
        for gold, pred in pairs:
            gold = sorted(set(gold))
            consumed: list = []
            correct = actual = 0
            for p in sorted(pred):
                actual += 1
                if p in gold:
                    consumed.append(p)
                    correct += 1
                    per[(p[2], "tp")] += 1
                    continue
                hit = None
                for g in gold:
                    if (g[0], g[1]) == (p[0], p[1]):
                        hit = g
                        break
                    if p[0] < g[1] and g[0] < p[1] and g not in consumed:
                        hit = g
                        break
                if hit is None:
                    per[(p[2], "fp")] += 1
                    continue
                consumed.append(hit)
                if mode == "fuzzy" and hit[2] == p[2] and (hit[0], hit[1]) != (p[0], p[1]):
                    correct += 1
                    per[(hit[2], "tp")] += 1
                else:  # incorrect: a false positive and a false negative of the gold type
                    per[(hit[2], "fp")] += 1
                    per[(hit[2], "fn")] += 1
            missed = [g for g in gold if g not in consumed]
            for g in missed:
                per[(g[2], "fn")] += 1
            # the scorer's possible = correct + incorrect + missed (a gold entity overlapped by one
            # prediction and matched exactly by a later one counts twice there, as here)
            possible = len(consumed) + len(missed)
            tp += correct
            fp += actual - correct
            fn += possible - correct
        out[mode] = (tp, fp, fn, per)
    return out


def _ours(ad, toponyms_only: bool, titles: bool) -> list[tuple[int, int, str]]:
    from historiograph.entities.titles import kind_of_start, postnominal_end, state_end, title_start

    pred = []
    for m in ad.mentions:
        lab = HIPE_MAP.get(m.label)
        if toponyms_only and m.label in ("ORG", "WORK", "PERSON"):
            # topres tags toponyms nested in other names ("Leeds Town Council", "Bishop of Exeter")
            from historiograph.entities.places import places_inside

            pred.extend((m.start + a, m.start + b, "loc") for a, b in places_inside(m.text, first=m.label != "PERSON"))
        if lab is None or (toponyms_only and lab != "loc"):
            continue
        start, end = m.start, m.end
        if titles and m.label == "PERSON":
            start, end = title_start(ad.text, start), postnominal_end(ad.text, end)
        elif titles and m.label in ("GPE", "LOC"):
            end = state_end(ad.text, end)  # "Nashville, Tenn.": the state inside the town's span
            start = kind_of_start(ad.text, start)  # "City of Boston": the noun inside it too
        pred.append((start, end, lab))
    if not toponyms_only:
        for t in ad.timexes:
            if t.type == "DATE" and _ABSOLUTE_DATE.search(t.text):
                # HIPE's time entity leaves out an article ("the 18th of May, 1840")
                lead = re.match(r"(?:the|The)\s+", t.text) if titles else None
                pred.append((t.start + (lead.end() if lead else 0), t.end, "time"))
    return pred


def _topres_typed(ad) -> list[tuple[int, int, str]]:
    """Our toponyms typed as topres19th tags them, by their head noun (``entities.toponyms``): a
    street name ("Oxford Street", "Mill-lane") is street; a place or an organisation named by a
    building ("Royal Hotel", "Bankruptcy Court", "House of Commons") is building; the rest loc."""
    from historiograph.entities.toponyms import possessor_start, toponym_kind

    out = []
    buildings = []
    for m in ad.mentions:
        if m.label != "ORG":
            continue
        if toponym_kind(m.text, m.label) == "building":
            buildings.append((m.start, m.end))
    for a, b in buildings:
        out.append((a, b, "building"))
    for a, b, _ in _ours(ad, True, False):
        if any(x <= a and b <= y for x, y in buildings):
            continue
        label = next((m.label for m in ad.mentions if m.start == a and m.end == b), "GPE")
        # the word the name ends in, whole: "Stamford" in "Stamford-slreet" is typed by "slreet"
        tail = re.match(r"[-‐][\w]+", ad.text[b:b + 20])
        kind = toponym_kind(ad.text[a:b + (tail.end() if tail else 0)], label) or "loc"
        if kind == "building":
            a = possessor_start(ad.text, a, b)
        out.append((a, b, kind))
    return out


def _spacy(ad, toponyms_only: bool) -> list[tuple[int, int, str]]:
    pred = []
    for e in ad.nlp.ents:
        lab = SPACY_MAP.get(e.label_)
        if lab is None or (toponyms_only and lab != "loc"):
            continue
        if lab == "time" and not _ABSOLUTE_DATE.search(e.text):
            continue
        pred.append((e.start_char, e.end_char, lab))
    return pred


def _report(label: str, pairs) -> dict:
    res = hipe_score(pairs)
    print(f"  {label}")
    for mode in ("strict", "fuzzy"):
        tp, fp, fn, per = res[mode]
        p, r, f = prf(tp, fp, fn)
        print(f"    {mode:6s} micro P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
        for t in sorted({k[0] for k in per}):
            tp_, fp_, fn_ = per[(t, "tp")], per[(t, "fp")], per[(t, "fn")]
            pt, rt, ft = prf(tp_, fp_, fn_)
            print(f"           {t:5s} P {pt:.3f}  R {rt:.3f}  F1 {ft:.3f}  (tp {tp_}, fp {fp_}, fn {fn_})")
    return res


def _errors(docs, pairs, limit: int) -> None:
    """Samples of strict errors of our system, by kind: missed, spurious, boundary, type."""
    kinds: dict[str, list[str]] = {"missed": [], "spurious": [], "boundary": [], "type": []}
    for d, (gold, pred) in zip(docs, pairs):
        text = d["text"]
        show = lambda a, b: text[a:b].replace("\n", "⏎")  # noqa: E731
        exact = set(gold) & set(pred)
        for g in gold:
            if g in exact:
                continue
            over = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
            if not over:
                kinds["missed"].append(f"{g[2]} «{show(g[0], g[1])}»  …{show(max(0, g[0] - 30), g[0])}")
            elif any(p[2] == g[2] for p in over):
                p = next(p for p in over if p[2] == g[2])
                kinds["boundary"].append(f"{g[2]} gold «{show(g[0], g[1])}» pred «{show(p[0], p[1])}»")
            else:
                kinds["type"].append(f"gold {g[2]} «{show(g[0], g[1])}» pred {over[0][2]} «{show(over[0][0], over[0][1])}»")
        for p in pred:
            if p not in exact and not any(p[0] < g[1] and g[0] < p[1] for g in gold):
                kinds["spurious"].append(f"{p[2]} «{show(p[0], p[1])}»  …{show(max(0, p[0] - 30), p[0])}")
    for k, xs in kinds.items():
        print(f"  -- {k}: {len(xs)}")
        for x in xs[:limit]:
            print("     " + x)


def kind_table(pairs) -> Counter:
    """Strict errors by type and kind: (type, kind) -> count, kind one of missed (a gold entity no
    prediction overlaps), spurious (a prediction that overlaps no gold entity), boundary (overlapping,
    same type, other span: counted on the gold entity) and type (overlapping, another type: counted on
    the gold entity's type)."""
    out: Counter = Counter()
    for gold, pred in pairs:
        exact = set(gold) & set(pred)
        for g in gold:
            if g in exact:
                continue
            over = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
            kind = "missed" if not over else "boundary" if any(p[2] == g[2] for p in over) else "type"
            out[(g[2], kind)] += 1
        for p in pred:
            if p not in exact and not any(p[0] < g[1] and g[0] < p[1] for g in gold):
                out[(p[2], "spurious")] += 1
    return out


def _print_kind_table(pairs) -> None:
    t = kind_table(pairs)
    kinds = ("missed", "spurious", "boundary", "type")
    print("  strict errors by kind:  " + "  ".join(f"{k:>8s}" for k in kinds))
    for typ in sorted({k[0] for k in t}):
        print(f"    {typ:8s}              " + "  ".join(f"{t[(typ, k)]:8d}" for k in kinds))


def hipe(max_docs: int | None, errors: int = 0) -> None:
    from historiograph import pipeline
    from historiograph.model import AnnotatedDocument, Document

    stages = pipeline._stages()
    for name, toponyms_only in (("HIPE-2022-v2.1-hipe2020-dev-en.tsv", False),
                                ("HIPE-2022-v2.1-topres19th-dev-en.tsv", True)):
        docs = read_hipe(HIPE / name)[:max_docs]
        ours, ours_titled, alone, typed = [], [], [], []
        words = 0
        t_all = t_ent = 0.0
        for d in docs:
            doc = Document(source=d["id"], text=d["text"])
            words += doc.words
            ad = AnnotatedDocument(document=doc)
            t0 = time.perf_counter()
            for sname, stage in stages:
                t1 = time.perf_counter()
                ad = ad.with_(**stage(ad, pipeline.Options()))
                if sname == "entities":
                    t_ent += time.perf_counter() - t1
                    break
            t_all += time.perf_counter() - t0
            gold = [(a, b, "loc" if toponyms_only else lab) for a, b, lab in d["gold"]]
            ours.append((gold, snap(sorted(_ours(ad, toponyms_only, False)), d["tokens"])))
            if toponyms_only:
                typed.append((d["gold"], snap(sorted(_topres_typed(ad)), d["tokens"])))
            ours_titled.append((gold, snap(sorted(_ours(ad, toponyms_only, True)), d["tokens"])))
            alone.append((gold, snap(sorted(_spacy(ad, toponyms_only)), d["tokens"])))
        print(f"{name}: {len(docs)} documents, {words} words")
        _report("spaCy alone (en_core_web_md's ents, mapped)", alone)
        _report("historiograph entities stage (CoNLL spans: titles left out of a person's span)", ours)
        if toponyms_only:
            _report("historiograph, typed as the HIPE scorer compares them (loc / building / street)", typed)
        if not toponyms_only:
            _report("historiograph, HIPE spans (titles and functions inside a person's span: \"Capt. Orne\", "
                    "\"R. Rawles, Esq.\"; a US state inside a town's: \"Nashville, Tenn.\")",
                    ours_titled)
        _print_kind_table(ours_titled if not toponyms_only else typed)
        print(f"  speed: {words / t_all:,.0f} words/s through layout..entities, "
              f"entities stage alone {words / max(t_ent, 1e-9):,.0f} words/s")
        if errors:
            _errors(docs, ours_titled if not toponyms_only else ours, errors)
            if toponyms_only:
                print("  typed (loc / building / street):")
                _errors(docs, typed, errors)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--no-hipe", action="store_true")
    ap.add_argument("--max-docs", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print N samples of each kind of HIPE error")
    ap.add_argument("--narrative", action="store_true",
                    help="score ../shared/data/narrative-dev only (whole files and prose only)")
    ap.add_argument("--examples", action="store_true",
                    help="score the hand reading of examples/ only (tests/fixtures/entities/examples_gold.json)")
    args = ap.parse_args()
    if args.examples:
        examples(args.verbose)
        return
    if args.narrative:
        narrative(args.verbose)
        return
    seeds(args.verbose)
    narrative(False)
    if not args.no_hipe:
        hipe(args.max_docs, args.errors)


if __name__ == "__main__":
    main()
