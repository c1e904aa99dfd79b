"""News dates that name no year or week: the clause's verb tells which side of the report they fall on."""
from historiograph.time import tag
from historiograph.time.tense import clause_tense

DCT = "2021-06-09"  # a Wednesday


def _value(text: str, words: str, dct: str = DCT) -> str:
    t = next(x for x in tag(text, dct=dct, mode="news") if x.text == words)
    return t.value


def _tense(text: str, words: str) -> str | None:
    i = text.index(words)
    return clause_tense(text, i, i + len(words))


def test_verb_group_tense():
    assert _tense("The mayor opened the new bridge on Monday.", "Monday") == "past"
    assert _tense("The mayor will open the new bridge on Monday.", "Monday") == "future"
    assert _tense("The ferry had been due to sail on Monday.", "Monday") == "pluperfect"
    assert _tense("The council is expected to vote on Monday.", "Monday") == "future"
    assert _tense("The orchestra's concert would be held on a still undecided date in May.", "May") == "modal"
    assert _tense("The chairman has invited the mayors to a dinner on 3 May.", "3 May") == "perfect"


def test_weekday_in_a_past_clause_is_the_one_before_the_report():
    # the verb sits before a noun phrase and a later "will" in a reported clause
    assert _value("The unions issued a long statement Friday saying the strike will go on.", "Friday") == "2021-06-04"
    assert _value("Officials said the new bridge will open Friday.", "Friday") == "2021-06-11"


def test_plan_told_in_the_past_perfect_is_over():
    assert _value("The lease had been due to expire Monday evening.", "Monday evening") == "2021-06-07TEV"
    assert _value("The lease is due to expire Monday.", "Monday") == "2021-06-14"


def test_end_point_is_ahead_unless_past_perfect():
    assert _value("The deadline was extended to Monday.", "Monday") == "2021-06-14"
    assert _value("Ten clubs had paid their fees by Monday, the league said.", "Monday") == "2021-06-07"
    assert _value("Until Monday, the police had not named a suspect.", "Monday") == "2021-06-07"


def test_yearless_month_with_a_past_verb_is_behind_the_report():
    dct = "1995-11-02"
    assert _value("Since the brewery bought the mill in February, it has doubled its output.", "February",
                  dct) == "1995-02"
    assert _value("The bakery switched to a new supplier in December.", "December", dct) == "1994-12"
    assert _value("In January, the museum hired a new curator.", "January", dct) == "1995-01"
    # a verb in a to-infinitive gives no tense: the nearest month
    assert _value("Traders bought early to start trading for December contracts.", "December", dct) == "1995-12"
    assert _value("The club will sign the striker in January.", "January", dct) == "1996-01"


def test_time_words_capitalised_inside_a_sentence_are_names():
    texts = ['The minister, speaking on the "Face The Week" programme, said so.',
             'She told the "48 Hours" show that she would stay.',
             "This is Radio Today, with the news.",
             "The Hundred Years War ended."]
    for text in texts:
        assert tag(text, dct=DCT, mode="news") == [], text
    # sentence openers, holidays and seasons stay dates
    assert [t.text for t in tag("The vote failed. Today the mayor resigned.", dct=DCT, mode="news")] == ["Today"]
    assert [t.text for t in tag("Markets shut. Yesterday, shares fell.", dct=DCT, mode="news")] == ["Yesterday"]
    assert [t.text for t in tag("It snowed on Christmas Day in 1910.", mode="narrative")] == ["Christmas Day", "1910"]
    assert tag("In the Spring of 1938 he left.", mode="narrative")[0].value == "1938-SP"


def test_clock_time_before_a_bracketed_zone_takes_the_day_after_it():
    t = tag("The fire started at about 9:40 p.m. (0140 GMT) Monday, officials said.", dct=DCT, mode="news")
    assert [(x.text, x.value) for x in t] == [("9:40 p.m.", "2021-06-07T21:40"), ("Monday", "2021-06-07")]
    t = tag("He spoke at 6 p.m. The next day he left.", dct=DCT, mode="news")
    assert t[0].value == "2021-06-09T18:00"


def test_one_day_as_an_adverb_is_some_day_not_a_length():
    assert [(t.value, t.type) for t in tag("The canal will one day reach the sea.", dct=DCT, mode="news")] \
        == [("FUTURE_REF", "DATE")]
    assert tag("One day, the old miller locked his gate.", mode="narrative")[0].value == "PAST_REF"
    assert tag("The repair took one day.", dct=DCT, mode="news")[0].value == "P1D"
    assert tag("One day later the bridge fell.", dct=DCT, mode="news")[0].anchored == "2021-06-10"


def test_hour_in_the_morning_is_a_clock_time():
    t = tag("The train left at 5 in the morning on 2 March 1921.", mode="narrative")
    assert [(x.text, x.value) for x in t] == [("5 in the morning", "1921-03-02T05:00"), ("2 March 1921", "1921-03-02")]
    t = tag("They sailed at 9 at night (9 p.m. EDT Monday).", dct=DCT, mode="news")
    assert t[0].value == "2021-06-07T21:00"


def test_part_of_day_after_a_told_day_is_that_days():
    t = tag("On 3 May 1921 the column crossed the river. In the evening it camped.", mode="narrative")
    assert [(x.text, x.value) for x in t] == [("3 May 1921", "1921-05-03"), ("the evening", "1921-05-03TEV")]
    # no day told, or a stretch of days: no date for it (a habit, or which day is unknown)
    assert [x.text for x in tag("In 1921 the column crossed. In the evening it camped.", mode="narrative")] == ["1921"]
    assert [x.text for x in tag("The siege lasted from 3 May to 9 May 1921. The fort fell in the evening.",
                                mode="narrative")] == ["3 May", "9 May 1921"]
    assert tag("She wrote letters in the evening.", mode="narrative") == []


def test_quarter_told_by_its_last_day():
    t = tag("The mill's sales rose 4% in the quarter ended July 31. During the quarter it hired 20 workers.",
            dct="1995-10-20", mode="news")
    assert [(x.text, x.value) for x in t if "quarter" in x.text] == [("the quarter", "1995-Q2"), ("the quarter", "1995-Q2")]
    # a report that has named its own (fiscal) quarter keeps that name
    t = tag("In its fiscal first quarter profit fell. For the quarter ended Sept. 30, sales rose.",
            dct="1995-10-20", mode="news")
    assert [x.value for x in t if "quarter" in x.text] == ["1995-Q1", "1995-Q1"]


def test_a_present_plan_after_the_date_is_ahead():
    # the plan's verb comes after the date; a past participle further on ("printed last month") is not it
    text = "On Friday, the guild plans to unveil a poster printed last month at its hall."
    assert _tense(text, "Friday") == "future"
    assert _value(text, "Friday") == "2021-06-11"
    assert _value("On Friday, the guild unveiled a poster printed last month.", "Friday") == "2021-06-04"
