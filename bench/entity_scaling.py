"""How the corpus entity step grows with the corpus: 1k, 5k, 10k synthetic documents.

Documents are AnnotatedDocuments built directly (no spaCy): each names ~25 entities drawn from a
pool of people (in several name orders and romanisations, some in Cyrillic, some by surname only),
places (modern and historical names) and organisations (with aliases). Blocking keeps comparisons
inside small buckets, so time per document should stay roughly flat.

    .venv/bin/python bench/entity_scaling.py [--sizes 1000 5000 10000]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from historiograph.corpus.entities import resolve  # noqa: E402
from historiograph.model import AnnotatedDocument, Document, Entity, Mention  # noqa: E402

GIVEN = ["Ivan", "Pavel", "Anna", "Maria", "Sergei", "Olga", "Boris", "Nina", "Lev", "Vera", "Yuri", "Elena",
         "Pyotr", "Irina", "Mikhail", "Tatiana", "Fyodor", "Galina", "Nikolai", "Sofia"]
FAMILY = ["Petrov", "Sokolov", "Orlov", "Volkov", "Morozov", "Lebedev", "Kozlov", "Novikov", "Pavlov",
          "Semenov", "Egorov", "Vinogradov", "Bogdanov", "Vorobyov", "Fedorov", "Mikhailov", "Belyaev",
          "Tarasov", "Belov", "Komarov", "Orekhov", "Kiselev", "Makarov", "Andreev", "Kovalev", "Ilyin",
          "Gusev", "Titov", "Kuzmin", "Kudryavtsev", "Baranov", "Kulikov", "Alekseev", "Stepanov",
          "Yakovlev", "Sorokin", "Sergeev", "Romanov", "Zakharov", "Borisov"]
CYR = {"Ivan": "Иван", "Pavel": "Павел", "Anna": "Анна", "Petrov": "Петров", "Sokolov": "Соколов",
       "Orlov": "Орлов", "Volkov": "Волков", "Olga": "Ольга", "Boris": "Борис"}
KOREAN = [("Kim", "Il Sung"), ("Pak", "Hon Yong"), ("Ch’oe", "Yong-gŏn"), ("Kim", "Ch’aek"), ("Mu", "Jŏng"),
          ("Yi", "Tong Hwi"), ("Ho", "Ka-i"), ("Kang", "Kon")]
PLACES = ["Moscow", "Tokyo", "Dairen", "Dalian", "Mukden", "Shenyang", "Harbin", "Hsinking", "Siberia",
          "Manchuria", "Manchukuo", "London", "Berlin", "Seoul", "Keijō", "Vladivostok", "Khabarovsk",
          "Pearl Harbor", "Kazakhstan", "Uzbekistan", "Soviet Far East", "Odessa", "Kiev", "Kyiv"]
ORGS = [("Soviet Union", "GPE"), ("USSR", "GPE"), ("Japan", "GPE"), ("Red Army", "ORG"), ("NKVD", "ORG"),
        ("Comintern", "ORG"), ("Communist International", "ORG"), ("Kwantung Army", "ORG"),
        ("Kuomintang", "ORG"), ("KMT", "ORG")]


def person_forms(rng: random.Random) -> tuple[str, str, list[str]]:
    if rng.random() < 0.15:
        fam, giv = rng.choice(KOREAN)
        forms = [f"{fam} {giv}", f"{fam} {giv.replace(' ', '-').lower().capitalize()}"]
        return forms[0], "PERSON", [rng.choice(forms)]
    g, f = rng.choice(GIVEN), rng.choice(FAMILY)
    r = rng.random()
    if r < 0.3:
        forms = [f"{g} {f}", f]
    elif r < 0.5:
        forms = [f"{f}, {g}"]
    elif r < 0.6 and g in CYR and f in CYR:
        forms = [f"{CYR[f].upper()} {CYR[g].upper()}", f"{f}, {g}"]
    elif r < 0.7:
        forms = [f]
    else:
        forms = [f"{g} {f}"]
    return forms[0], "PERSON", forms


def make_doc(i: int, rng: random.Random) -> AnnotatedDocument:
    ents = []
    for _ in range(rng.randint(10, 16)):
        ents.append(person_forms(rng))
    for _ in range(rng.randint(5, 8)):
        p = rng.choice(PLACES)
        ents.append((p, "LOC" if p in ("Siberia", "Manchuria", "Soviet Far East") else "GPE", [p]))
    for _ in range(rng.randint(2, 5)):
        o, lab = rng.choice(ORGS)
        ents.append((o, lab, [o]))
    # a few unique names per document (long tail, as in real corpora)
    for k in range(3):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}ski{i % 997}x{k}"
        ents.append((name, "PERSON", [name]))
    mentions, entities, parts, pos = [], [], [], 0
    for n, (name, label, forms) in enumerate(ents, 1):
        eid = f"e{n}"
        for f in forms:
            for _ in range(rng.randint(1, 3)):
                mentions.append(Mention(pos, pos + len(f), f, label, eid))
                parts.append(f)
                pos += len(f) + 1
        entities.append(Entity(eid, name, label, list(dict.fromkeys(forms))))
    doc = Document(source=f"synthetic/{i:06d}.txt", text=" ".join(parts))
    return AnnotatedDocument(document=doc, mentions=mentions, entities=entities)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    args = ap.parse_args()
    rng = random.Random(1938)
    biggest = max(args.sizes)
    t0 = time.perf_counter()
    docs = [make_doc(i, rng) for i in range(biggest)]
    print(f"generated {biggest} documents in {time.perf_counter() - t0:.1f}s")
    base = None
    for n in sorted(args.sizes):
        sub = docs[:n]
        n_ents = sum(len(d.entities) for d in sub)
        n_ment = sum(len(d.mentions) for d in sub)
        t = time.perf_counter()
        out = resolve(sub)
        dt = time.perf_counter() - t
        per = dt / n * 1000
        base = base or per
        print(f"{n:>6} docs  {n_ents:>7} doc entities  {n_ment:>7} mentions  -> {len(out):>6} corpus entities  "
              f"{dt:6.2f}s  ({per:.3f} ms/doc, x{per / base:.2f} of the smallest)")


if __name__ == "__main__":
    main()
