"""An object pronoun is never the one its own clause's subject pronoun stands for ("she survives him":
him is not she), so an unread given name does not take the man's pronouns afterwards (round 6's obituary
kind; invented sentences)."""
from __future__ import annotations

import historiograph


def _agents(text: str, trigger: str) -> set[str]:
    ad = historiograph.annotate(text)
    names = {e.id: e.name for e in ad.entities}
    return {names.get(p.entity) for e in ad.events if e.trigger["text"] == trigger
            for p in e.participants if p.role in ("agent", "patient")}


def test_him_is_not_whom_the_clause_subject_she_stands_for():
    text = ("Abdou Karim Sow, who died in Thiès on 2 March 1990, was a printer.\n\n"
            "He was born in Rufisque in 1911. In 1936 he married Ndella Faye, a midwife; she survives him.\n\n"
            "In 1948 he was arrested in Dakar after an article on the harbour strike.")
    assert _agents(text, "arrested") == {"Abdou Karim Sow"}


def test_an_obituary_titled_with_its_subject_keeps_him_though_another_is_named_twice():
    text = ("Abdou Karim Sow, printer and deputy, 1911–1990\n\n"
            "Abdou Karim Sow, who died in Thiès on 2 March 1990, was a printer.\n\n"
            "He was born in Rufisque in 1911. In 1936 he married Ndella Faye, a midwife; she survives him.\n\n"
            "In 1948 he was arrested in Dakar after an article on the harbour strike. In 1960 he became a "
            "minister in the government of Lamine Diop. He resigned when Diop fell in 1962.")
    assert _agents(text, "arrested") == {"Abdou Karim Sow"}
    assert _agents(text, "resigned") == {"Abdou Karim Sow"}
