"""The EDTF shortcuts in time/values.py give the library's own answers (they only skip its ~10 ms parse)."""
import itertools

from edtf import parse_edtf
from edtf.parser.edtf_exceptions import EDTFParseException

from historiograph.time import values


def _library_takes(s: str) -> bool:
    try:
        parse_edtf(s)
    except (EDTFParseException, ValueError, TypeError):
        return False
    return True


def _open_sided() -> list[str]:
    points = []
    for y in ("0000", "1900", "2024"):  # no year 0 in Python's calendar; not a leap year; a leap year
        points.append(y)
        for mo in ("00", "02", "04", "13"):
            points.append(f"{y}-{mo}")
            points += [f"{y}-{mo}-{d}" for d in ("00", "29", "30", "31")]
    return [f"[..{p}]" for p in points] + [f"[{p}..]" for p in points]


def test_open_sided_dates_are_valid_exactly_when_the_library_takes_them():
    for s in _open_sided():
        shortcut = values._OPEN_SIDE.fullmatch(s)
        takes = _library_takes(s)
        if shortcut and values.date_range(shortcut[1] or shortcut[2]):
            assert takes, s  # the shortcut never accepts what the library refuses
        assert (values._valid(s) == s) == takes, s


def test_one_parse_serves_valid_and_interval():
    for s in ("1938-21", "1945-07~", "[..1938-21]", "1938-08-11T12:00:00~"):
        assert (values._valid(s) == s) == _library_takes(s)
        lo_hi = values.edtf_interval(s)
        if s == "1945-07~":
            e = parse_edtf(s)
            assert lo_hi[0] is not None and lo_hi[0] < "1945-07-01" and lo_hi[1] > "1945-07-31", e
    for a, b in itertools.combinations(("1938-21", "1945-07~"), 2):
        assert values._parsed(a)[0] is not values._parsed(b)[0]


def _library_interval(s: str):
    from edtf import struct_time_to_date

    try:
        e = parse_edtf(s)
        return struct_time_to_date(e.lower_fuzzy()).isoformat(), struct_time_to_date(e.upper_fuzzy()).isoformat()
    except (EDTFParseException, ValueError, TypeError, OverflowError, AttributeError):
        return None, None


def test_unknown_year_and_season_shortcuts_are_the_librarys_answers():
    """"XXXX-10", "XXXX-02-30" (taken, unbounded), "1989-35" (a quarter): what the shortcut says is what the
    library says, for every month and day of an unknown year and every season code of several years; the
    winters (24, 30), which run into the next year, keep their own rule in edtf_interval."""
    unknown = [f"XXXX-{m:02d}" for m in range(0, 14)] + [f"XXXX-{m:02d}-{d:02d}" for m in (0, 1, 2, 4, 12, 13)
                                                          for d in range(0, 33)]
    seasons = [f"{y}-{s}" for y in ("0000", "1066", "1900", "1988", "2000") for s in range(19, 44)]
    for s in unknown + seasons:
        known = values._shortcut(s)
        if known is None:
            continue
        assert _library_takes(s), s
        if s[5:] not in ("24", "30"):
            assert known == _library_interval(s), s
        assert values._valid(s) == s
    assert values._shortcut("XXXX-13") is None and values._shortcut("XXXX-01-32") is None
    assert values._shortcut("1989-42") is None and values._shortcut("0000-21") is None
    assert values.edtf_interval("1989-35") == ("1989-07-01", "1989-09-30")
    assert values.edtf_interval("XXXX-08-02") == (None, None)
