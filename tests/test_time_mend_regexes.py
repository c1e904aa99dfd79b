"""Old-style date rules that must not fire on ordinary prose: a comma before "last",
"13d" (thirteen pence), "instant" as an adjective. Sentences written for these tests."""
from __future__ import annotations

import pytest

from historiograph.time import tag


def _texts(text: str, **kw):
    return [(t.text, t.value) for t in tag(text, **kw) if not t.bibliographic]


@pytest.mark.parametrize("text,bad", [
    ("He arrived 12 June, last of all the guests, in 1840.", "last"),
    ("She came June 12, last of the whole party, in 1840.", "last"),
    ("Eggs were 13d May 4 at the market.", "13d"),
    ("Butter stood at 12d Oct 9 in the town.", "12d"),
    ("He sent the 5 instant messages to his friends.", "instant"),
    ("Pack the 3 inst coffee jars in the crate.", "inst"),
])
def test_no_old_style_misread(text, bad):
    assert not any(bad in shown for shown, _ in _texts(text, dct="1840-07-01"))


def test_old_style_still_read():
    got = _texts("Your letter of the 3d inst. reached me.", dct="1840-07-20")
    assert any(v == "1840-07-03" for _, v in got)
    got = _texts("Your letter of the 3d instant, received today.", dct="1840-07-20")
    assert any(v == "1840-07-03" for _, v in got)
    got = _texts("The ship sailed on the 23d May last.", dct="1840-07-20")
    assert any(v == "1840-05-23" for _, v in got)
