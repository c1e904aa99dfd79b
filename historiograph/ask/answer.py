"""Answers composed from the corpus's own facts: timeline entries (typed, dated events with the sentences
that state them), conflicts, entities, and the sentences hybrid retrieval finds. Every statement carries
the spans it rests on; where no fact or sentence fits the question, the answer says so and stops.
"""
from __future__ import annotations

import re
import threading
from datetime import date
from typing import Any

from .. import datafiles
from ..entities.names import fold
from ..model import TimelineEntry
from ..store import Corpus
from ..store import sentences as store
from ..time.values import date_range, display_date
from .evidence import Citer
from .index import Retriever
from .question import NameIndex, Question, parse

DENSE_ALONE = 0.62  # a sentence found by the dense ranking alone must be at least this close
MAX_LIST = 12


class _State:
    """What the answerer reads once per database state: entities, timeline, conflicts, documents."""

    _cache: dict[tuple[str, str], "_State"] = {}
    _lock = threading.Lock()

    def __init__(self, corpus: Corpus):
        entities = corpus.entities()
        self.names = NameIndex(entities)
        self.entity = {e["id"]: e for e in entities}
        self.timeline = corpus.timeline_entries()
        self.conflicts = corpus.conflict_list()
        self.meta = store.document_meta(corpus)
        self.fates = set(datafiles.load_json("events", "triggers.json").get("fate_types", []))
        self.by_entity: dict[str, list[TimelineEntry]] = {}
        self.by_source: dict[str, list[TimelineEntry]] = {}
        self.by_type: dict[str, list[TimelineEntry]] = {}
        self.years = {id(t): _years(t.date) for t in self.timeline}
        ranges = {id(t): date_range(t.date) for t in self.timeline}
        self.start = {k: (r.start if r else None) for k, r in ranges.items()}
        self.end = {k: (r.end if r else None) for k, r in ranges.items()}
        self.chronological = sorted((t for t in self.timeline if self.start[id(t)]), key=lambda t: self.start[id(t)])
        self.chrono_starts = [self.start[id(t)] for t in self.chronological]
        self.folded_messages: dict[int, str] = {}
        for t in self.timeline:
            for e in set(t.entity_ids):
                self.by_entity.setdefault(e, []).append(t)
            for src in {s.source for s in t.sources}:
                self.by_source.setdefault(src, []).append(t)
            self.by_type.setdefault(t.type, []).append(t)
        self.conflicts_by_source: dict[str, list[Any]] = {}
        self.conflict_order = {id(c): i for i, c in enumerate(self.conflicts)}
        for c in self.conflicts:
            for src in {e.source for e in c.evidence}:
                self.conflicts_by_source.setdefault(src, []).append(c)

    @classmethod
    def of(cls, corpus: Corpus) -> "_State":
        key = (str(corpus.path.resolve()), store.state_key(corpus))
        with cls._lock:
            if key not in cls._cache:
                for k in [k for k in cls._cache if k[0] == key[0]]:
                    del cls._cache[k]
                cls._cache[key] = cls(corpus)
            return cls._cache[key]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _years(value: str | None) -> tuple[int, int] | None:
    r = date_range(value)
    return (r.start.year, r.end.year) if r else None


class Answerer:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.state = _State.of(corpus)
        self.retriever = Retriever(corpus)
        self.citer = Citer(corpus)
        self._mentions: dict[tuple[str, str], list[int]] = {}
        self._folded: dict[str, str] = {}
        self._label: dict[str, str] = {}
        self._matched: dict[str, str] = {}

    # ---- helpers ----------------------------------------------------------------------------------
    def mentions(self, entity_id: str, source: str) -> list[int]:
        """Start offsets of the entity's mentions in one document (read per document, then cached)."""
        key = (entity_id, source)
        if key not in self._mentions:
            for src, starts in store.entity_mentions(self.corpus, entity_id, [source]).items():
                self._mentions[(entity_id, src)] = starts
        return self._mentions[key]

    def prefetch(self, q: Question, hits) -> None:
        sources = sorted({h["source"] for h in hits})
        for eid in {i for e in q.entities for i in (e.id, *e.stands_for)}:
            todo = [s for s in sources if (eid, s) not in self._mentions]
            for src, starts in store.entity_mentions(self.corpus, eid, todo).items():
                self._mentions[(eid, src)] = starts

    def folded(self, text: str) -> str:
        if text not in self._folded:
            self._folded[text] = fold(text)
        return self._folded[text]

    def names_entity(self, entity_id: str, matched: str, source: str, start: int, end: int, text: str) -> bool:
        """Whether the span mentions the entity (a linked mention, or one of its names in the text)."""
        if any(start <= p < end for p in self._mentions.get((entity_id, source), ())):  # retrieved documents
            return True
        return f" {self.folded(matched)} " in f" {self.folded(text)} "

    def names_ref(self, e: Any, source: str, start: int, end: int, text: str) -> bool:
        """Whether the span names the question's entity, or the state its capital stands for."""
        return self.names_entity(e.id, e.matched, source, start, end, text) or any(
            any(start <= p < end for p in self._mentions.get((i, source), ())) for i in e.stands_for)

    def by_source(self, q: Question, source: str, start: int, end: int, text: str) -> bool:
        """Whether the span is the account of `q.according_to` (see `voice`)."""
        return self.voice(q, source, start, end, text) > 0

    def voice(self, q: Question, source: str, start: int, end: int, text: str) -> int:
        """How plainly the span is the account of `q.according_to`: 2 when the sentence names that author
        or the document is theirs, 1 when only a footnote of the sentence cites them, 0 when neither
        (2 for every span when no source is asked for)."""
        if not q.according_to:
            return 2
        who = fold(q.according_to)
        if not who:
            return 2
        words = [w for w in who.split() if len(w) > 2 and w not in ("the", "and")] or who.split()
        def has(s: str | None) -> bool:
            f = f" {fold(s or '')} "
            return any(f" {w} " in f for w in words)
        meta = self.state.meta.get(source, {})
        if has(meta.get("author")) or has(text):
            return 2
        return 1 if any(has(r) for r in self.citer.reference_texts(source, start, end)) else 0

    def cite_spans(self, spans) -> list[dict[str, Any]]:
        out, seen = [], set()
        for s in spans:
            key = (s.source, s.start, s.end)
            if key not in seen:
                seen.add(key)
                out.append(self.citer.cite(s.source, s.start, s.end, s.text))
        return out

    # ---- facts ------------------------------------------------------------------------------------
    def entries(self, q: Question, hits: list[dict[str, Any]], need_type: bool) -> list[tuple[float, TimelineEntry]]:
        hit_score = {}
        for rank, h in enumerate(hits):
            hit_score.setdefault(h["source"], []).append(((h["start"], h["end"]), 1.0 / (1 + rank)))
        scored = []
        for t in self._candidates(q, hits):
            if need_type and q.types and t.type not in q.types:
                continue
            if q.period:
                yrs = self.state.years[id(t)]
                if not yrs or yrs[1] < q.period[0] or yrs[0] > q.period[1]:
                    continue
            sources = [s for s in t.sources if self.by_source(q, s.source, s.start, s.end, s.text)]
            if not sources:
                continue
            ids = set(t.entity_ids)
            hit_entities = 0
            for e in q.entities:
                if e.id in ids or ids & set(e.stands_for) or any(self.names_ref(e, s.source, s.start, s.end, s.text)
                                      for s in sources):
                    hit_entities += 1
            if q.entities and hit_entities < len(q.entities):
                continue
            retrieval = max((sc for s in sources for span, sc in hit_score.get(s.source, ())
                             if _overlaps(span, (s.start, s.end))), default=0.0)
            score = hit_entities * 2 + (1.5 if t.type in q.types else 0) + retrieval + (0 if t.inferred else 0.5)
            score += {"asserted": 0.3, "reported": 0.2}.get(t.certainty or "", 0)
            scored.append((score, t))
        scored.sort(key=lambda x: -x[0])
        return scored

    def _candidates(self, q: Question, hits) -> list[TimelineEntry]:
        """Timeline entries that could answer: those of the question's entities, else of its event types,
        and those told by the retrieved sentences; in timeline order, once each."""
        st = self.state
        pools = [st.by_entity.get(e.id, []) for e in q.entities]
        if not q.entities:
            pools += [st.by_type.get(t, []) for t in q.types]
        pools += [st.by_source.get(src, []) for src in {h["source"] for h in hits}]
        seen, out = set(), []
        for pool in pools:
            for t in pool:
                if id(t) not in seen:
                    seen.add(id(t))
                    out.append(t)
        return out

    @staticmethod
    def required(q: Question) -> list[Any]:
        """The entities an answer must be about: peoples and adjectives ("Soviet", "Japanese") only narrow."""
        named = [e for e in q.entities if e.label != "NORP"]
        return named or q.entities

    def sentence_hits(self, q: Question, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Retrieved sentences that mention every entity of the question and are by the asked-for source;
        found by the dense ranking alone, a sentence must also be close in meaning."""
        out = []
        for h in hits:
            if h["bm25"] is None and (h["dense"] or 0) < DENSE_ALONE:
                continue
            if not all(self.names_ref(e, h["source"], h["start"], h["end"], h["text"])
                       for e in self.required(q)):
                continue
            if not self.by_source(q, h["source"], h["start"], h["end"], h["text"]):
                continue
            if q.types and not q.entities and not self._has_type_word(q, h["text"]):
                continue
            out.append(h)
        return out

    @staticmethod
    def _has_type_word(q: Question, text: str) -> bool:
        from .question import type_words

        words = {w.lower().strip(".,;:()\"'") for w in text.split()}
        return any(type_words().get(w, set()) & q.types for w in words)

    # ---- composing ----------------------------------------------------------------------------------
    def ask(self, text: str) -> dict[str, Any]:
        q = parse(text, self.state.names, lambda w: store.has_word(self.corpus, w))
        result = {"question": text, "kind": q.kind, "entities": [e.__dict__ for e in q.entities],
                  "answer": "", "statements": [], "conflicts": [], "unanswerable": False}
        if q.unresolved:
            return self._unanswerable(result, "The corpus does not mention " + ", ".join(q.unresolved) + ".")
        hits = self.retriever.search(q.rest, terms=self.search_terms(q), limit=40)
        self.prefetch(q, hits)
        self._label.update({e.id: e.label for e in q.entities})
        self._matched.update({e.id: e.matched for e in q.entities})
        handler = getattr(self, "_" + q.kind, self._fact)
        statements = handler(q, hits)
        if not statements:
            return self._unanswerable(result, "The corpus does not answer this question.")
        result["statements"] = statements
        result["conflicts"] = self._conflicts_about(statements)
        for c in result["conflicts"]:
            if not any(s.get("conflict") == c["message"] for s in statements):
                statements.append({"text": "Sources disagree: " + c["message"] + ".", "citations": c["evidence"],
                                   "conflict": c["message"]})
        result["answer"] = " ".join(s["text"] for s in statements)
        for i, s in enumerate(statements, 1):
            for j, c in enumerate(s["citations"], 1):
                c["id"] = f"{i}.{j}"
        return result

    @staticmethod
    def search_terms(q: Question) -> list[str]:
        """The question's words for BM25, without function words (inside names too: "of" in "League of
        Nations" matches every sentence of a large corpus), with the forms FTS5's Porter stemmer cannot
        join: an event word's inflections that the trigger lexicon knows ("died" stems to "di", "die" to
        "die") and irregular forms ("led" for "lead")."""
        from .question import _inflections, _stop, irregular_forms, irregular_lemmas, type_words

        stop = _stop()
        named = {w for e in q.entities for w in fold(e.matched).split()}
        out = [t for t in q.terms if t not in stop and len(t) > 2]
        for t in list(out):
            if t in named or not t.isalpha():
                continue
            bases = Answerer._bases(t) | irregular_lemmas().get(t, set())
            for base in sorted(bases):
                out += sorted(irregular_forms().get(base, set()))
                if t in type_words():
                    out += sorted(w for w in _inflections(base) if w in type_words())
        return list(dict.fromkeys(out))

    @staticmethod
    def _unanswerable(result: dict[str, Any], why: str) -> dict[str, Any]:
        result.update(answer=why, unanswerable=True, statements=[], conflicts=[])
        return result

    def _conflicts_about(self, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
        cited = {(c["source"], c["start"], c["end"]) for s in statements for c in s["citations"]}
        out = []
        near = {id(c): c for src, _, _ in cited for c in self.state.conflicts_by_source.get(src, [])}
        for c in sorted(near.values(), key=lambda c: self.state.conflict_order[id(c)]):
            if c.kind not in ("date_conflict", "number_conflict", "conflict", "place_conflict", "role_conflict") \
                    and "conflict" not in c.kind:
                continue
            if any(any(src == e.source and _overlaps((a, b), (e.start, e.end)) for src, a, b in cited)
                   for e in c.evidence):
                out.append({"kind": c.kind, "message": c.message, "evidence": self.cite_spans(c.evidence)})
        return out

    def _event_statement(self, t: TimelineEntry, q: Question, what: str) -> dict[str, Any]:
        return {"text": what, "citations": self.cite_spans(
            [s for s in t.sources if self.by_source(q, s.source, s.start, s.end, s.text)]), "event": t.id}

    def _dated(self, q: Question, hits, limit: int = 3) -> list[tuple[float, TimelineEntry]]:
        found = [(s, t) for s, t in self.entries(q, hits, need_type=True) if t.date]
        if not found:
            return []
        best = found[0][0]
        return [(s, t) for s, t in found if s >= best - 0.75][:limit]

    # ---- when / who / where: the best sentence, then the fact it states ----------------------------
    def _coverage(self, q: Question, text: str) -> float:
        """Share of the question's own words (not its names) found in the sentence (5-letter stems)."""
        named = {w for e in q.entities for w in fold(e.matched).split()}
        content = [fold(t) for t in q.terms if len(t) > 2 and fold(t) not in named]
        if not content:
            return 0.0
        stems = {w[:n] for w in self.folded(text).split() for n in (3, 4, 5)}
        return sum(1 for t in content if t[:5] in stems) / len(content)

    def best_sentences(self, q: Question, hits) -> list[dict[str, Any]]:
        """Retrieved sentences naming the question's entities, best first by how many of its other words
        they hold (a sentence of the same document that names them only by a pronoun ranks after)."""
        named = self.sentence_hits(q, hits)
        keys = {h["id"] for h in named}
        scored = []
        for rank, h in enumerate(hits):
            required = self.required(q)
            if h["id"] in keys:
                bonus = 1.0
            elif not required or h["bm25"] is None or not self.by_source(q, h["source"], h["start"], h["end"], h["text"]):
                continue
            elif all(self._just_before(e.id, h) for e in required):
                bonus = 0.0  # named just before: "he", "the general"
            elif all(self.mentions(e.id, h["source"]) for e in required) and self._coverage(q, h["text"]) >= 0.5 \
                    and any(self.names_ref(e, h["source"], h["start"], h["end"], h["text"])
                            or self._in_title(e, h["source"]) for e in required):
                bonus = -0.3  # a document about them, a sentence about the rest of the question
            else:
                continue
            typed = 0.5 if q.types and self._has_type_word(q, h["text"]) else 0.0
            if q.types and self._entry_at(q, h) is not None:
                typed += 0.5
            relation = 1.0 if q.predicate and self._relation_at(q.predicate, h["text"]) else 0.0
            scored.append((bonus + typed + relation + 1.5 * self._coverage(q, h["text"]) + 1.0 / (3 + rank), h))
        scored.sort(key=lambda x: -x[0])
        return [h for _, h in scored]

    def _in_title(self, e: Any, source: str) -> bool:
        title = self.state.meta.get(source, {}).get("title") or ""
        return f" {self.folded(e.matched)} " in f" {self.folded(title)} " or \
            f" {self.folded(e.name)} " in f" {self.folded(title)} "

    PRONOUN = re.compile(r"\b(he|she|him|her|they|them)\b", re.I)  # not "his": "his colleagues were arrested"

    def _just_before(self, entity_id: str, h: dict[str, Any], reach: int = 1500, person_reach: int = 600) -> bool:
        """Whether the sentence may speak of the entity without naming it. A person: the sentence has a
        personal pronoun, and the person was named in the last sentences, or is the last person named, or
        the person most named in the passage before (the one it is about: "For Blyukher ... He died in
        Lefortovo", not Stalin named further back). Anything else: named in the passage before."""
        if self._label.get(entity_id) != "PERSON":
            if any(h["start"] - reach <= p < h["end"] for p in self.mentions(entity_id, h["source"])):
                return True
            matched = self._matched.get(entity_id)  # the name as the question spells it, in the passage
            before = store.document_slice(self.corpus, h["source"], max(0, h["start"] - reach), h["start"]) or ""
            return bool(matched) and f" {self.folded(matched)} " in f" {fold(before)} "
        if not self.PRONOUN.search(h["text"]):
            return False
        if any(h["start"] - person_reach <= p < h["end"] for p in self.mentions(entity_id, h["source"])):
            return True
        people = [m for m in store.mentions_in(self.corpus, h["source"], max(0, h["start"] - reach), h["start"])
                  if m["label"] == "PERSON" and m["entity_id"]]
        if not people:
            return False
        if people[-1]["entity_id"] == entity_id:
            return True
        counts: dict[str, int] = {}
        for m in people:
            counts[m["entity_id"]] = counts.get(m["entity_id"], 0) + 1
        top = max(counts.values())
        return counts.get(entity_id, 0) == top and sum(1 for v in counts.values() if v == top) == 1

    def _undergoes(self, q: Question, t: TimelineEntry) -> bool:
        """Whether a fate (arrest, death...) is the question's entities': not someone else's ("replace
        Deribas, who was soon arrested" does not say when Lyushkov was arrested), and for a type the
        question only implies (a killing for "die"), not theirs as the actor ("Stalin executed ...").
        The actor check is not applied to a type the question names: a passive read as active upstream
        ("had him arrested") would hide a right answer."""
        asked = {e.id for e in self.required(q)}
        if not asked:
            return True
        roles = [(role, eid) for source, local in t.members for role, eid in store.event_roles(self.corpus, source, local)]
        if any(eid in asked for _, eid in roles):  # an implied type: not the one who acts (roles of a named
            return t.type not in q.implied or any(eid in asked and role != "agent" for role, eid in roles)
        return not any(role == "patient" and eid for role, eid in roles)  # someone else named as undergoing it

    def _entry_at(self, q: Question | None, h: dict[str, Any]) -> TimelineEntry | None:
        """The timeline entry stated by this sentence, of the asked-for type where one is asked for."""
        best = None
        for t in self.state.by_source.get(h["source"], []):
            if any(src.source == h["source"] and _overlaps((src.start, src.end), (h["start"], h["end"]))
                   for src in t.sources):
                if q is not None and q.types and t.type not in q.types:
                    continue
                if q is not None and t.type in self.state.fates - {"defection"} and not self._undergoes(q, t):
                    continue
                if best is None or (best.inferred and not t.inferred):
                    best = t
        return best

    def _answer_from(self, q: Question, hits, want: str) -> list[dict[str, Any]]:
        if not (q.entities or q.types or self._content_terms(q)):
            return []
        found = []
        for rank, h in enumerate(self.best_sentences(q, hits)[:10 if want == "person" else 6]):
            if not q.entities and self._coverage(q, h["text"]) < 0.5:
                continue
            if q.possessed and not any(self._relation_at(w, h["text"]) for w in q.possessed):
                continue  # "When was Kim's eldest son born?" is not answered by Kim's own birth
            entry = self._entry_at(q, h)
            if q.period and not (self._entry_in_period(q, entry) if entry is not None else self._in_period(q, h)):
                continue  # "Who was arrested in 1938?" is not answered by an arrest of 1940
            if q.types and entry is None and not self._states_relation(q, h):
                continue  # "When did Stalin die?" is not answered by a sentence about Stalin doing something else
            answer, strong = self._extract(q, h, want, entry)
            if answer:
                found.append((rank, h, entry, answer, strong))
        if found:  # of the first few: stated in the sentence itself, the question's words, the most precise date
            precise = {"day": 0, "month": 1, "season": 2, "quarter": 2, "year": 3}
            head = [f for f in found if f[0] <= found[0][0] + 2]
            found = sorted(head, key=lambda f: (not f[4], -round(self._coverage(q, f[1]["text"]), 1),
                                                precise.get(self._precision(f[3]), 4) if want == "date" else 0,
                                                f[0])) + found[len(head):]  # the asked words, then precision
        for _, h, entry, answer, _ in found:
            if answer:
                cite = [self.citer.cite(h["source"], h["start"], h["end"], h["text"])]
                st = {"text": f"{answer}: “{cite[0]['text'].strip()}”", "citations": cite}
                if entry is not None:
                    st["event"] = entry.id
                    others = self._other_dates(q, entry) if want == "date" else []
                    if others:
                        st["text"] += " Other accounts date it differently: " + "; ".join(
                            f"{display_date(t.date, t.mod)} ({self._doc_name(t.sources[0].source)})" for t in others) + "."
                        st["citations"] += self.cite_spans([src for t in others for src in t.sources])
                return [st]
        return []

    @staticmethod
    def _bases(word: str) -> set[str]:
        """A word's possible bases by English inflection ("commanded" -> command; "led" -> lead), so that
        a relation word matches its inflections but not its derivations ("commander" is a title)."""
        from .question import irregular_lemmas

        w = word.lower()
        out = {w} | irregular_lemmas().get(w, set())
        for suffix, repl in (("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"),
                             ("es", ""), ("s", ""), ("d", "")):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                base = w[: len(w) - len(suffix)] + repl
                out.add(base)
                if len(base) > 3 and base[-1] == base[-2] and not repl:  # "stopped" -> stop
                    out.add(base[:-1])
        return out

    def _relation_at(self, predicate: str, text: str) -> list[int]:
        """Offsets in `text` of the inflections of the question's relation word."""
        want = self._bases(self.folded(predicate))
        return [m.start() for m in re.finditer(r"\w+", text) if self._bases(self.folded(m.group(0))) & want]

    def _states_relation(self, q: Question, h: dict[str, Any]) -> bool:
        """Whether the sentence itself words what the question asks about: the relation word of a
        who-question, or a word of one of its named event types
        that is not the trigger of an event of another type ("Japan signed the instrument of surrender on
        2 September 1945, and Stalin told ... the defeat of 1904 ...": "defeat" is the battle's)."""
        from .question import type_words

        text = h["text"]
        if q.predicate and self._relation_at(q.predicate, text):
            return True
        named = q.types - q.implied
        others = [(a, b) for etype, a, b in store.triggers_in(self.corpus, h["source"], h["start"], h["end"])
                  if etype not in named]
        for m in re.finditer(r"[^\W\d_]+", text):
            if type_words().get(m.group(0).lower(), set()) & named:
                at = h["start"] + m.start()
                if not any(a <= at < b for a, b in others):
                    return True
        return False

    @staticmethod
    def _precision(label: str) -> str:
        words = label.split()
        if words and words[0].isdigit() and len(words) >= 3:
            return "day"
        if len(words) == 2 and words[1].isdigit():
            return "month"
        return "year" if label.isdigit() else "other"

    def _content_terms(self, q: Question) -> list[str]:
        return [t for t in q.terms if len(t) > 3]

    def _other_dates(self, q: Question, entry: TimelineEntry) -> list[TimelineEntry]:
        """Entries of the same event (a date conflict links them) that give another date."""
        out = []
        mine = {(s.source, s.start) for s in entry.sources}
        conflicts = {id(c): c for s in entry.sources for c in self.state.conflicts_by_source.get(s.source, [])}
        for c in conflicts.values():
            if c.kind != "date_conflict" or not any((e.source, e.start) in mine or any(
                    e.source == s.source and _overlaps((e.start, e.end), (s.start, s.end)) for s in entry.sources)
                    for e in c.evidence):
                continue
            for t in {id(t): t for e in c.evidence for t in self.state.by_source.get(e.source, [])}.values():
                if t.id != entry.id and t.type == entry.type and t.date != entry.date and any(
                        any(e.source == s.source and _overlaps((e.start, e.end), (s.start, s.end)) for s in t.sources)
                        for e in c.evidence) and t not in out:
                    out.append(t)
        return out[:3]

    LOCATIVE = re.compile(r"\b(in|at|near|outside|inside|on)\s+(the\s+)?$", re.I)
    DIRECTION = re.compile(r"\b(in|at|near|outside|inside|on|to|into|from)\s+(the\s+)?$", re.I)
    MOTION = {"deportation", "movement", "defection", "escape", "withdrawal", "assignment", "invasion"}

    def _extract(self, q: Question, h: dict[str, Any], want: str,
                 entry: TimelineEntry | None) -> tuple[str | None, bool]:
        """(answer, strong): strong when the sentence itself states it (a date expression in it, a place
        after a locative preposition), weak when it comes from the event alone (a date carried over from
        an earlier sentence) or from a name that merely occurs in the sentence."""
        asked = {e.id for e in q.entities}
        if want == "date":
            tx = [t for t in store.timexes_in(self.corpus, h["source"], h["start"], h["end"])
                  if t["type"] == "DATE" and date_range(t["value"])]
            if q.period:
                tx = [t for t in tx if (_years(t["value"]) or (0, 0))[1] >= q.period[0]
                      and (_years(t["value"]) or (9999, 0))[0] <= q.period[1]]
            dated = entry is not None and entry.date and not entry.inferred
            near, gap = self._nearest_to_asked(q, h, tx) if tx else (None, None)
            if near is not None and gap is not None:  # the sentence words the asked event
                if dated and entry.date == near["value"]:
                    return display_date(entry.date, entry.mod), True
                if gap <= self.DATE_REACH:  # the date the sentence puts beside those words, over the event's
                    return display_date(near["value"], near["mod"]), True
                if dated and any(t["value"] == entry.date for t in tx):
                    return display_date(entry.date, entry.mod), True
                return None, False  # "... which he dates from 1931, and ... resulting in the attack on Pearl Harbor"
            if dated:
                return display_date(entry.date, entry.mod), any(t["value"] == entry.date for t in tx)
            if near is not None:
                return display_date(near["value"], near["mod"]), True
            if entry is not None and entry.date:  # carried over from the narrative: said so
                return display_date(entry.date, entry.mod) + (" (the narrative's time; no date stated)"
                                                              if entry.inferred else ""), False
            return None, False
        labels = {"person": ("PERSON",), "place": ("GPE", "LOC", "FAC")}[want]
        if want == "place" and entry is not None and entry.place:
            return entry.place, f" {self.folded(entry.place)} " in f" {self.folded(h['text'])} "
        ms = [m for m in store.mentions_in(self.corpus, h["source"], h["start"], h["end"])
              if m["label"] in labels and m["entity_id"] not in asked]
        if want == "person":
            return self._person(q, h, entry, ms)
        # "deported to Central Asia" answers where they went, not where "secrets were given to the Soviet
        # Union"; a place that merely occurs in the sentence answers nothing
        direction = q.types & self.MOTION or re.search(r"\b(to|into|from)\W*$", q.text, re.I)
        pattern = self.DIRECTION if direction else self.LOCATIVE
        located = [m for m in ms if pattern.search(h["text"][:m["start"] - h["start"]][-12:])]
        return ", ".join(dict.fromkeys(m["text"] for m in located)) or None, bool(located)

    def _person(self, q: Question, h: dict[str, Any], entry: TimelineEntry | None,
                ms: list[dict[str, Any]]) -> tuple[str | None, bool]:
        """Who did (or underwent) the asked relation. From the event when the question's relation word is
        one of its type's triggers: its agent ("who signed"), or its patient ("who was arrested"), persons
        first. Else from the sentence, when it states the relation word: the person named nearest to it,
        with those joined to that one by "and" (a short descriptor between allowed). A person who merely occurs in a sentence on the topic is
        no answer ("the investigation of the Kirov murder ... to replace Deribas" does not say who killed
        Kirov)."""
        from .question import type_words

        asked = {i for e in q.entities for i in (e.id, *e.stands_for)}
        if entry is not None and q.predicate and entry.type in type_words().get(q.predicate, ()):
            want = "patient" if q.passive else "agent"
            ids = list(dict.fromkeys(eid for src, local in entry.members if src == h["source"]  # this account's
                                     for role, eid in store.event_roles(self.corpus, src, local)
                                     if role == want and eid and eid not in asked and eid in self.state.entity))
            named = store.entity_mentions_in(self.corpus, ids, h["source"], h["start"], h["end"])
            ids = [i for i in ids if i in named]  # named in the sentence: a role read through a pronoun may be wrong
            people = [i for i in ids if self.state.entity[i]["label"] == "PERSON"] or \
                [i for i in ids if self.state.entity[i]["label"] == "ORG"]  # a state is "what", not "who"
            if people:
                return ", ".join(self.state.entity[i]["name"] for i in people), True
        if not q.predicate or not ms:
            return None, False
        text = h["text"]
        at = self._relation_at(q.predicate, text)
        if not at:
            return None, False
        anchors = self._role_anchors(q, h)
        if anchors is None:
            return None, False

        def gap(m: dict[str, Any], points: list[int]) -> int:
            """Words between the name and the nearest of `points`; a bracket or semicolon between them
            puts them in different clauses."""
            a, b = m["start"] - h["start"], m["end"] - h["start"]
            gaps = [text[b:p] if p >= b else text[p:a] for p in points]
            return min(99 if re.search(r"[;()]", g) else len(g.split()) for g in gaps)

        passive = [p for p in at if self.PASSIVE_BEFORE.search(text[:p]) or self.BY_AFTER.match(text[p:])]
        if not q.passive and passive:
            # "directed by Marshal Vasilevsky": the one after "by"; "Deribas, who was soon arrested" names
            # the one arrested, not who arrested him
            ms = [m for m in ms if any(p < m["start"] - h["start"] and re.fullmatch(
                r"\w+\s+by\s+(the\s+)?([^\s,;()]+\s+){0,4}", text[p:m["start"] - h["start"]]) for p in passive)]
            if not ms:
                return None, False
        elif q.passive:  # who underwent it: the subject of a passive, the object of an active relation
            ms = [m for m in ms if any((m["start"] - h["start"] < p) == (p in passive) for p in at)]
            if not ms:
                return None, False

        def distance(m: dict[str, Any]) -> int:
            return gap(m, at) + (gap(m, anchors) if anchors else 0)
        best = min(ms, key=distance)
        if gap(best, at) > 6 or (anchors and gap(best, anchors) > 6):
            return None, False
        chosen = [best]
        for m in ms:  # "Charles Bonesteel and Dean Rusk"
            if m is best:
                continue
            between = text[min(m["end"], best["end"]) - h["start"]:max(m["start"], best["start"]) - h["start"]]
            if re.fullmatch(r"\s*(,|,?\s*and(\s+the)?(\s+[^\s,;()]+){0,2})\s*", between):
                chosen.append(m)  # "Molotov and the Japanese ambassador Tōgō Shigenori"
        chosen.sort(key=lambda m: m["start"])
        return ", ".join(dict.fromkeys(m["text"] for m in chosen)), True

    PASSIVE_BEFORE = re.compile(r"\b(was|were|been|being|is|are|be|had\s+\w+|got)\s+([a-z]+\s+)?$")  # "was soon"
    BY_AFTER = re.compile(r"\w+\s+by\b", re.I)

    DATE_REACH = 15  # words between a date and the words of the event it dates, within one sentence

    def _asked_spots(self, q: Question, text: str) -> list[tuple[int, int]]:
        """(start, end) in `text` of the words that word the asked event: its named types' words, and the
        question's own content words (not its names) in any inflection ("sell" finds "sold")."""
        from .question import _stop, type_words

        named_types = q.types - q.implied
        names = {w for e in q.entities for w in fold(e.matched).split()}
        content = [fold(t) for t in q.terms if len(t) > 2 and fold(t) not in names and t not in _stop()]
        want = {b for t in content for b in self._bases(t)}
        spots = []
        for m in re.finditer(r"[^\W\d_]+", text):
            w = m.group(0).lower()
            fw = self.folded(w)
            if type_words().get(w, set()) & named_types or self._bases(fw) & want or \
                    any(len(t) >= 5 and fw.startswith(t[:5]) for t in content):
                spots.append((m.start(), m.end()))
        return spots

    def _nearest_to_asked(self, q: Question, h: dict[str, Any],
                          tx: list[dict[str, Any]]) -> tuple[dict[str, Any], int | None]:
        """Of the sentence's dates, the one nearest the words of the asked event, and how many words lie
        between ("When the Assembly adopted the report in February 1933, Matsuoka ... and a month later
        Tokyo gave notice that it would leave the League": leaving is a month later); the first date and
        None when the sentence has none of its words."""
        text = h["text"]
        spots = self._asked_spots(q, text)
        if not spots:
            return tx[0], None

        def words_between(t: dict[str, Any]) -> int:
            a, b = t["start"] - h["start"], t["end"] - h["start"]
            return min(len(text[b:s].split()) if s >= b else len(text[e:a].split()) for s, e in spots)
        near = min(tx, key=words_between)
        return near, words_between(near)

    def _role_anchors(self, q: Question, h: dict[str, Any]) -> list[int] | None:
        """Offsets (in the sentence) of the question's side-taking phrases ("for the Soviet Union") as the
        sentence words them; None when the sentence names such an entity only in another role ("relations
        with the Soviet Union" does not say who signed for it)."""
        out: list[int] = []
        text = h["text"]
        for e in q.entities:
            if not e.prep:
                continue
            starts = [p - h["start"] for i in (e.id, *e.stands_for) for p in self._mentions.get((i, h["source"]), ())
                      if h["start"] <= p < h["end"]]
            starts += [m.start() for m in re.finditer(re.escape(e.matched), text)]
            if not starts:
                continue  # named before the sentence: nothing to check here
            found = [p for p in starts if re.search(rf"\b{e.prep}\s+(the\s+)?$", text[:p], re.I)]
            if not found:
                return None
            out += [max(0, p - len(e.prep) - 1) for p in found]
        return out

    def _when(self, q: Question, hits) -> list[dict[str, Any]]:
        return self._answer_from(q, hits, "date")

    def _who(self, q: Question, hits) -> list[dict[str, Any]]:
        return self._answer_from(q, hits, "person")

    def _where(self, q: Question, hits) -> list[dict[str, Any]]:
        return self._answer_from(q, hits, "place")

    def _chronology(self, found: list[TimelineEntry]) -> list[TimelineEntry]:
        """Entries by date, those whose date the text states first, then those dated by the narrative."""
        return sorted(found, key=lambda t: (t.inferred, self.state.start[id(t)] or date.min, t.id))

    def _what_happened(self, q: Question, hits) -> list[dict[str, Any]]:
        if not q.entities:
            if q.period and not q.types:  # "What happened in August 1945?": the period's events
                return self._period_events(q)
            return self._fact(q, hits)
        found = [t for _, t in self.entries(q, hits, need_type=False) if t.date]
        acting = [t for t in found if all(e.id in t.entity_ids for e in q.entities)]
        found = self._chronology(acting or found)
        out = [self._event_statement(t, q, f"{self._when_label(q, t)}: {t.summary}.") for t in found[:MAX_LIST]]
        return out or self._fact(q, hits)

    def _period_events(self, q: Question) -> list[dict[str, Any]]:
        """The events the text dates inside the asked period ("August 1945": within the month), not those
        the narrative's time places there, asserted or reported, by date."""
        import bisect

        st = self.state
        span = date_range(q.month) if q.month else date_range(f"{q.period[0]:04d}")
        last = date_range(q.month) if q.month else date_range(f"{q.period[1]:04d}")
        if span is None or last is None:
            return []
        found = []
        for t in st.chronological[bisect.bisect_left(st.chrono_starts, span.start):]:  # by date, from the start
            if st.start[id(t)] > last.end or len(found) >= MAX_LIST:
                break
            if t.date and not t.inferred and (t.certainty or "asserted") in ("asserted", "reported") \
                    and st.end[id(t)] <= last.end \
                    and any(self.by_source(q, s.source, s.start, s.end, s.text) for s in t.sources):
                found.append(t)
        return [self._event_statement(t, q, f"{self._when_label(q, t)}: {t.summary}.") for t in found]

    @staticmethod
    def _when_label(q: Question, t: TimelineEntry) -> str:
        """The entry's date as the text gives it; a date carried over from the narrative around the event
        is not asserted as its date: said to be undated, or, when the question asks for a period (which the
        narrative's time placed it in), said to be the narrative's."""
        shown = display_date(t.date, t.mod)
        if not t.inferred:
            return shown
        return f"{shown} (the narrative's time; no date stated)" if q.period else "No date stated"

    def _list(self, q: Question, hits) -> list[dict[str, Any]]:
        if not q.types:
            return self._fact(q, hits)
        found = self._chronology([t for _, t in self.entries(q, hits, need_type=True) if t.date])
        return [self._event_statement(t, q, f"{self._when_label(q, t)}: {t.summary}.") for t in found[:MAX_LIST]]

    PATHS = re.compile(r"[/(]\S+[)]?")
    DISAGREE = re.compile(r"\b(disagree|differ|dispute|contradict|conflict)", re.I)

    def _disagreements(self, q: Question) -> list[dict[str, Any]]:
        """The corpus's conflicts about the question's entities (named in the conflict's message or in
        every side's sentence), each side cited."""
        required = self.required(q)
        out = []
        for c in self.state.conflicts:
            if "conflict" not in c.kind and c.kind != "competing_accounts":
                continue
            msg = self.state.folded_messages.get(id(c))
            if msg is None:  # not the documents' paths it names
                plain = re.sub(r"['’]s\b", "", self.PATHS.sub(" ", c.message))  # "Aalto's arrest"
                msg = self.state.folded_messages[id(c)] = " " + fold(plain) + " "
            if all(f" {self.folded(e.name)} " in msg or f" {self.folded(e.matched)} " in msg or
                   all(self.names_ref(e, x.source, x.start, x.end, x.text) for x in c.evidence) for e in required):
                out.append({"text": "Sources disagree: " + c.message + ".", "citations": self.cite_spans(c.evidence),
                            "conflict": c.message})
                if len(out) >= MAX_LIST:
                    break
        return out

    def _sources(self, q: Question, hits) -> list[dict[str, Any]]:
        if q.entities and self.DISAGREE.search(q.text):
            disagreements = self._disagreements(q)
            if disagreements:
                return disagreements
        found = self.best_sentences(q, hits) if q.entities else self.sentence_hits(q, hits)
        if not q.entities:
            found = [h for h in found if h["bm25"] is not None and (q.according_to or self._coverage(q, h["text"]) >= 0.5)]
            found.sort(key=lambda h: -self._coverage(q, h["text"]))
        if q.period:
            found = [h for h in found if self._in_period(q, h)]
        if any(self._coverage(q, h["text"]) >= 0.5 for h in found):  # sentences on the point, not just the name
            found = [h for h in found if self._coverage(q, h["text"]) > 0]
        if q.according_to:  # "According to Coox, ..." in the sentence before a sentence citing Coox in a note
            found.sort(key=lambda h: -self.voice(q, h["source"], h["start"], h["end"], h["text"]))
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for h in found:
            by_doc.setdefault(h["source"], []).append(h)
        out = []
        for source, hs in list(by_doc.items())[:6]:
            for h in sorted(hs[:2], key=lambda h: h["start"]):
                spans = [h] + ([store.next_sentence(self.corpus, source, h["end"])] if len(h["text"].split()) < 8 else [])
                spans = [x for x in spans if x]
                cites = [self.citer.cite(source, x["start"], x["end"], x["text"]) for x in spans]
                out.append({"text": f"{self._doc_name(source)}: “" + " ".join(c["text"].strip() for c in cites) + "”",
                            "citations": cites})
        return out

    def _entry_in_period(self, q: Question, t: TimelineEntry) -> bool:
        yrs = self.state.years.get(id(t))
        return bool(yrs) and yrs[1] >= q.period[0] and yrs[0] <= q.period[1]

    def _in_period(self, q: Question, h: dict[str, Any], before: int = 400) -> bool:
        """Whether a date in the sentence, or just before it (the time the narrative is at), falls in the
        question's period."""
        for t in store.timexes_in(self.corpus, h["source"], max(0, h["start"] - before), h["end"]):
            yrs = _years(t["value"])
            if yrs and yrs[1] >= q.period[0] and yrs[0] <= q.period[1]:
                return True
        return False

    def _fact(self, q: Question, hits) -> list[dict[str, Any]]:
        found = [h for h in self.sentence_hits(q, hits) if h["bm25"] is not None or q.entities]
        if q.period:
            found = [h for h in found if self._in_period(q, h)]
        if not found or not (q.entities or q.according_to or self._enough_terms(q, found[0])):
            return []
        return [self._quote(found[0])]

    @staticmethod
    def _enough_terms(q: Question, h: dict[str, Any]) -> bool:
        words = set(fold(h["text"]).split())
        content = [t for t in q.terms if len(t) > 3]
        return bool(content) and sum(1 for t in content if fold(t) in words) >= max(2, len(content) // 2)

    NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
                        r"hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half)\b", re.I)

    def _how_many(self, q: Question, hits) -> list[dict[str, Any]]:
        """A sentence with a number and what is counted ("how many tanks": tanks), or, worded otherwise,
        most of the question's other words ("killed or missing")."""
        counted = self._counted(q)
        for h in (self.best_sentences(q, hits) if q.entities else self.sentence_hits(q, hits))[:5]:
            if not self.NUMBER.search(h["text"]) or not (q.entities or self._enough_terms(q, h)):
                continue
            if counted:
                at = self._relation_at(counted, h["text"])
                if at and not any(self.NUMBER.search(" ".join(h["text"][:p].split()[-3:])) for p in at):
                    continue  # a number, then at most two words, then what is counted ("five thousand tanks")
                if not at and self._coverage(q, h["text"]) < 0.5:
                    continue
            return [self._quote(h)]
        return []

    def _counted(self, q: Question) -> str | None:
        """The first word after "how many" that is not a name: what the question counts."""
        from .question import _stop

        names = {w for e in q.entities for w in fold(e.matched).split()}
        m = re.search(r"\bhow (?:many|much)\s+(.*)", q.rest, re.I)
        for w in re.findall(r"[^\W\d_]+", m.group(1) if m else ""):
            if fold(w) not in names and w.lower() not in _stop():
                return w.lower()
        return None

    def _quote(self, h: dict[str, Any]) -> dict[str, Any]:
        """A statement that is the sentence itself, as its citation quotes it."""
        cite = self.citer.cite(h["source"], h["start"], h["end"], h["text"])
        return {"text": cite["text"].strip(), "citations": [cite]}

    def _doc_name(self, source: str) -> str:
        """The author, else the title, else the file's name (not the path: it says where the corpus lives)."""
        meta = self.state.meta.get(source, {})
        return meta.get("author") or meta.get("title") or source.replace("\\", "/").rsplit("/", 1)[-1]
