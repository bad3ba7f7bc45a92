"""Golden corpus of temporal expressions: one row per case, run through ``tag``. Adding a case is adding a row.

Each row: the text, the reference (publication) date, the expected span, TIMEX3 type, value and mod, and the day
interval the value covers (None for durations, sets and vague references). Type "NONE" says the span holds no
temporal expression at all. The default reference date is Thursday
17 July 2025.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from timeline.temporal import tag

THU = date(2025, 7, 17)


class Row(NamedTuple):
    text: str
    ref: date | None
    span: str
    type: str
    value: str
    mod: str | None = None
    start: str | None = None
    end: str | None = None


CORPUS = [
    # absolute dates
    Row("The accord was signed on 16 May 2025 in Doha.", THU, "16 May 2025", "DATE", "2025-05-16", None, "2025-05-16", "2025-05-16"),
    Row("The accord was signed on May 16, 2025.", THU, "May 16, 2025", "DATE", "2025-05-16", None, "2025-05-16", "2025-05-16"),
    Row("The envoys met on the 16th of May.", THU, "the 16th of May", "DATE", "2025-05-16", None, "2025-05-16", "2025-05-16"),
    Row("Filed 2025-05-16 with the registry.", THU, "2025-05-16", "DATE", "2025-05-16", None, "2025-05-16", "2025-05-16"),
    Row("Talks resumed Jan. 16 in Geneva.", THU, "Jan. 16", "DATE", "2025-01-16", None, "2025-01-16", "2025-01-16"),
    # real news dev 225 (Sunday 3 December 2023) and 232 (17 April 2020): a scheduling word after a present auxiliary
    # looks ahead, after a past one back
    Row("US Special Representative on Afghanistan, Tom West, is set to travel to Islamabad on Thursday.",
        date(2023, 12, 3), "Thursday", "DATE", "2023-12-07", None, "2023-12-07", "2023-12-07"),
    Row("Under the peace accord, every Renamo military base was supposed to be dismantled by 21 August.",
        date(2020, 4, 17), "21 August", "DATE", "2019-08-21", None, "2019-08-21", "2019-08-21"),
    # real news dev 227 (Sunday 20 December 2020): a time on a day written day first, with or without its year
    Row("There is a deadline in the sense that the transition period ends at 11pm GMT on 31 December.",
        date(2020, 12, 20), "11pm GMT on 31 December", "TIME", "2020-12-31T23:00", None, "2020-12-31", "2020-12-31"),
    Row("The truce began at 6 p.m. on 1 May 2019.", THU, "6 p.m. on 1 May 2019", "TIME", "2019-05-01T18:00", None,
        "2019-05-01", "2019-05-01"),
    # real news dev 214 (Saturday 13 December 2025): the week a day is in; of a Sunday, the week it opens
    Row("Deliveries are to begin the week of December 15.", date(2025, 12, 13), "the week of December 15", "DATE",
        "2025-W51", None, "2025-12-15", "2025-12-21"),
    Row("Talks took place the week of March 3, 2024.", THU, "the week of March 3, 2024", "DATE", "2024-W10", None,
        "2024-03-03", "2024-03-09"),
    Row("NEW DELHI, May 11 - India said it would respond.", THU, "May 11", "DATE", "2025-05-11", None, "2025-05-11", "2025-05-11"),
    Row("The letter is dated 05/06/2025.", THU, "05/06/2025", "DATE", "2025-05-06", None, "2025-05-06", "2025-05-06"),
    Row("The letter is dated 13/06/2025.", THU, "13/06/2025", "DATE", "2025-06-13", None, "2025-06-13", "2025-06-13"),
    # a present tense takes the nearer of the last and the next such day (Iran International, 16 May 2025)
    Row("Under the resolution, the deadline for doing so is October 18.", date(2025, 5, 16), "October 18", "DATE",
        "2025-10-18", None, "2025-10-18", "2025-10-18"),
    # "may"/"might" look ahead (ITV News, Tuesday 30 January 2024), unless a perfect follows
    Row("The Government is due to set out the agreement's details on Wednesday, and may push the legislation through "
        "Parliament on Thursday.", date(2024, 1, 30), "Thursday", "DATE", "2024-02-01", None, "2024-02-01",
        "2024-02-01"),
    Row("Duties would have gone back up to their levels in April.", date(2025, 8, 15), "April", "DATE", "2025-04",
        None, "2025-04-01", "2025-04-30"),
    Row("The envoys may have met on Thursday.", date(2024, 1, 30), "Thursday", "DATE", "2024-01-25", None,
        "2024-01-25", "2024-01-25"),
    # ranges of days in a month: the month's value over those days
    Row("During 10-11 July, Piyush Goyal went to the UK.", date(2023, 7, 24), "10-11 July", "DATE", "2023-07", None,
        "2023-07-10", "2023-07-11"),
    Row("The leaders will meet on July 28-29, 2026 in Rome.", THU, "July 28-29, 2026", "DATE", "2026-07", None,
        "2026-07-28", "2026-07-29"),
    Row("They met on 5 and 6 May.", THU, "5 and 6 May", "DATE", "2025-05", None, "2025-05-05", "2025-05-06"),
    # partial dates
    Row("The talks began in May.", THU, "May", "DATE", "2025-05", None, "2025-05-01", "2025-05-31"),
    Row("A truce was agreed in December 2023.", THU, "December 2023", "DATE", "2023-12", None, "2023-12-01", "2023-12-31"),
    Row("The border was drawn in the 1990s.", THU, "the 1990s", "DATE", "199", None, "1990-01-01", "1999-12-31"),
    Row("The treaty expires in 2027.", THU, "2027", "DATE", "2027", None, "2027-01-01", "2027-12-31"),
    Row("Elections are due in Q3 2026.", THU, "Q3 2026", "DATE", "2026-Q3", None, "2026-07-01", "2026-09-30"),
    Row("Troops will leave in the first half of next year.", THU, "the first half of next year", "DATE", "2026-H1",
        None, "2026-01-01", "2026-06-30"),
    # parts of a unit: first, middle and last third
    Row("Talks stalled in early June.", THU, "early June", "DATE", "2025-06", "START", "2025-06-01", "2025-06-10"),
    Row("The summit will be held in mid-September.", THU, "mid-September", "DATE", "2025-09", "MID", "2025-09-11", "2025-09-20"),
    Row("Fighting flared late last year.", THU, "late last year", "DATE", "2024", "END", "2024-09-01", "2024-12-31"),
    Row("A reply is expected by the end of the month.", THU, "the end of the month", "DATE", "2025-07", "END",
        "2025-07-21", "2025-07-31"),
    Row("The ceasefire held until the beginning of 2024.", THU, "the beginning of 2024", "DATE", "2024", "START",
        "2024-01-01", "2024-04-30"),
    # times
    Row("The delegations met at 15:35 in the lobby.", THU, "15:35", "TIME", "2025-07-17T15:35", None, "2025-07-17", "2025-07-17"),
    Row("The father will leave at 4 in the morning.", THU, "4 in the morning", "TIME", "2025-07-17T04:00", None,
        "2025-07-17", "2025-07-17"),
    Row("Shelling began at 10 at night.", THU, "10 at night", "TIME", "2025-07-17T22:00", None, "2025-07-17",
        "2025-07-17"),
    Row("The statement was read at noon.", THU, "noon", "TIME", "2025-07-17T12:00", None, "2025-07-17", "2025-07-17"),
    Row("The ministers met at 1945 GMT.", THU, "1945 GMT", "TIME", "2025-07-17T19:45", None, "2025-07-17", "2025-07-17"),
    Row("The ministers met at 1945 GMT on Tuesday.", THU, "1945 GMT on Tuesday", "TIME", "2025-07-15T19:45", None,
        "2025-07-15", "2025-07-15"),
    Row("They spoke by phone Wednesday evening.", THU, "Wednesday evening", "TIME", "2025-07-16TEV", None,
        "2025-07-16", "2025-07-16"),
    # relative to the publication date, by tense
    Row("The envoy said on Sunday that talks had failed.", THU, "Sunday", "DATE", "2025-07-13", None, "2025-07-13", "2025-07-13"),
    Row("The envoy will return on Sunday.", THU, "Sunday", "DATE", "2025-07-20", None, "2025-07-20", "2025-07-20"),
    Row("Rebels attacked on Saturday.", THU, "Saturday", "DATE", "2025-07-12", None, "2025-07-12", "2025-07-12"),
    Row("A 2022 truce expired in October of that year.", THU, "October of that year", "DATE", "2022-10", None,
        "2022-10-01", "2022-10-31"),  # the year of the last mentioned date, not this October's
    Row("Hamas is to free three hostages on Saturday.", THU, "Saturday", "DATE", "2025-07-19", None, "2025-07-19",
        "2025-07-19"),  # "is to": an arrangement ahead
    Row("Last Monday, the minister resigned.", THU, "Last Monday", "DATE", "2025-07-14", None, "2025-07-14", "2025-07-14"),
    Row("The council meets next Tuesday.", THU, "next Tuesday", "DATE", "2025-07-22", None, "2025-07-22", "2025-07-22"),
    Row("The ministers met on Thursday.", THU, "Thursday", "DATE", "2025-07-17", None, "2025-07-17", "2025-07-17"),
    Row("The ministers will meet on Thursday.", THU, "Thursday", "DATE", "2025-07-17", None, "2025-07-17", "2025-07-17"),
    Row("Talks are due to resume on Thursday, officials said.", date(2025, 7, 15), "Thursday", "DATE", "2025-07-17",
        None, "2025-07-17", "2025-07-17"),
    Row("The offer had been due to expire Friday.", date(2025, 7, 15), "Friday", "DATE", "2025-07-11", None,
        "2025-07-11", "2025-07-11"),
    Row("Talks at Cop29 in Baku were due to end on Friday evening, but a deal is out of reach.", date(2024, 11, 23),
        "Friday evening", "TIME", "2024-11-22TEV", None, "2024-11-22", "2024-11-22"),
    # the tense of a clause: auxiliaries, names, deadline signals
    Row("The father would be traveling to the United States Thursday.", date(2025, 7, 15), "Thursday", "DATE",
        "2025-07-17", None, "2025-07-17", "2025-07-17"),
    Row("The accord will be signed on Friday.", date(2025, 7, 15), "Friday", "DATE", "2025-07-18", None,
        "2025-07-18", "2025-07-18"),
    Row("Until Thursday, the police had not called him a suspect.", date(2025, 7, 15), "Thursday", "DATE",
        "2025-07-10", None, "2025-07-10", "2025-07-10"),
    Row("Protesters planned a rally on Saturday and were hoping for a crowd.", THU, "Saturday", "DATE", "2025-07-19",
        None, "2025-07-19", "2025-07-19"),
    Row("Officials postponed the vote until Tuesday.", THU, "Tuesday", "DATE", "2025-07-22", None, "2025-07-22",
        "2025-07-22"),
    Row("The envoy could arrive as early as Tuesday.", THU, "Tuesday", "DATE", "2025-07-22", None, "2025-07-22",
        "2025-07-22"),
    Row("Troop numbers are to reach 40,000 by August.", date(2025, 2, 13), "August", "DATE", "2025-08", None,
        "2025-08-01", "2025-08-31"),
    # with no tense marker near it, the rest of its clause tells ("due" is nine words before "Monday")
    Row("Volodymyr Zelenskyy is due to sit down with Donald Trump in Washington on Monday, after talks in Alaska.",
        date(2025, 8, 16), "Monday", "DATE", "2025-08-18", None, "2025-08-18", "2025-08-18"),
    # an expression that opens its clause takes the tense of the clause's verb, however far after it
    Row("On Tuesday, the delegation from Qatar and its partners in the mediation plans to resume talks.", THU,
        "Tuesday", "DATE", "2025-07-22", None, "2025-07-22", "2025-07-22"),
    Row("On Tuesday, officials said, the talks will resume in Doha.", THU, "Tuesday", "DATE", "2025-07-22", None,
        "2025-07-22", "2025-07-22"),
    Row("On Tuesday, officials said the talks had failed.", THU, "Tuesday", "DATE", "2025-07-15", None,
        "2025-07-15", "2025-07-15"),
    Row("On Tuesday, the minister's vacation plans were cancelled.", THU, "Tuesday", "DATE", "2025-07-15", None,
        "2025-07-15", "2025-07-15"),
    Row("On Friday, when the envoy set aside vacation plans for the trip, aides scrambled.", THU, "Friday", "DATE",
        "2025-07-11", None, "2025-07-11", "2025-07-11"),
    Row("The father will leave at dawn (4 a.m. EDT Thursday), Castro said.", date(2025, 7, 15),
        "4 a.m. EDT Thursday", "TIME", "2025-07-17T04:00", None, "2025-07-17", "2025-07-17"),
    Row("A defence ministers' meeting planned for Sunday was cancelled.", THU, "Sunday", "DATE", "2025-07-13", None,
        "2025-07-13", "2025-07-13"),
    # a possessive weekday refers back, unless ahead of it
    Row("Forces will be disarmed within 30 days of Wednesday's signing.", THU, "Wednesday", "DATE", "2025-07-16",
        None, "2025-07-16", "2025-07-16"),
    Row("Rebels will rally ahead of Saturday's vote.", THU, "Saturday", "DATE", "2025-07-19", None, "2025-07-19",
        "2025-07-19"),
    Row("Leaders will meet before next Wednesday's signing.", THU, "next Wednesday", "DATE", "2025-07-23", None,
        "2025-07-23", "2025-07-23"),
    Row("The talks collapsed yesterday.", THU, "yesterday", "DATE", "2025-07-16", None, "2025-07-16", "2025-07-16"),
    # "overnight" is the night before the day of writing (real news dev 003, a Saturday article)
    Row("Ceasefire talks with Putin in Alaska overnight ended with 'no deal'.", date(2025, 8, 16), "overnight", "TIME",
        "2025-08-15TNI", None, "2025-08-15", "2025-08-15"),
    # "an overnight curfew" is a kind of curfew, not a night (real news dev 033)
    Row("Tonight, Israel has imposed an overnight curfew on people in Lebanon.", date(2024, 11, 27), "overnight",
        "NONE", None, None, None, None),
    Row("A deal could come this summer.", THU, "this summer", "DATE", "2025-SU", None, "2025-06-01", "2025-08-31"),
    Row("Both sides will meet again in the coming week.", THU, "the coming week", "DATE", "2025-W30", None,
        "2025-07-21", "2025-07-27"),
    # told against the day of writing, Thursday 17 July: the part of the year before it, or the part after it
    Row("The blockade was lifted earlier this year.", THU, "earlier this year", "DATE", "2025", "START",
        "2025-01-01", "2025-07-16"),
    Row("Talks are to resume later this month.", THU, "later this month", "DATE", "2025-07", "END",
        "2025-07-18", "2025-07-31"),
    Row("The envoys met earlier this week.", THU, "earlier this week", "DATE", "2025-W29", "START",
        "2025-07-14", "2025-07-16"),
    Row("A vote is expected later in the year.", THU, "later in the year", "DATE", "2025", "END",
        "2025-07-18", "2025-12-31"),
    # not the unit of writing: its last third
    Row("A vote is expected later in March.", THU, "later in March", "DATE", "2026-03", "END",
        "2026-03-21", "2026-03-31"),
    Row("The mediators arrived two weeks ago.", THU, "two weeks ago", "DATE", "2025-07-03", None, "2025-07-03", "2025-07-03"),
    Row("The mediators arrived 2 weeks ago.", THU, "2 weeks ago", "DATE", "2025-07-03", None, "2025-07-03", "2025-07-03"),
    # relative to the last mentioned date
    Row("Talks opened on 3 March 2025. A week later, they collapsed.", THU, "A week later", "DATE", "2025-03-10",
        None, "2025-03-10", "2025-03-10"),
    Row("Talks opened on 3 March 2025. The following day, both sides walked out.", THU, "The following day", "DATE",
        "2025-03-04", None, "2025-03-04", "2025-03-04"),
    Row("Talks opened on 3 March 2025; the envoys had arrived two days before.", THU, "two days before", "DATE",
        "2025-03-01", None, "2025-03-01", "2025-03-01"),
    Row("Talks opened on 3 March 2025. Earlier that day, both sides walked out.", THU, "Earlier that day", "DATE",
        "2025-03-03", "START", "2025-03-03", "2025-03-03"),
    Row("Gunmen attacked tourists in Pahalgam on April 22. Fighting erupted on Wednesday. India closed the border "
        "the day after the Pahalgam attack.", date(2025, 5, 11), "the day after", "DATE", "2025-04-23", None,
        "2025-04-23", "2025-04-23"),
    Row("Talks opened on 3 March 2025. The envoys left the day after.", THU, "the day after", "DATE", "2025-03-04",
        None, "2025-03-04", "2025-03-04"),
    Row("Qatar confirmed the swap on Monday. Earlier in the day, the ministry said it would happen soon.", THU,
        "Earlier in the day", "DATE", "2025-07-14", None, "2025-07-14", "2025-07-14"),  # the last mentioned day
    Row("The truce takes effect on Sunday, January 19, and hostages would be freed that afternoon.",
        date(2025, 1, 14), "that afternoon", "TIME", "2025-01-19TAF", None, "2025-01-19", "2025-01-19"),
    Row("That evening the envoys left.", THU, "That evening", "TIME", "XXXX-XX-XXTEV"),
    # real news dev 139 (Monday 30 December 2024): the last day named is a deadline ahead, no day the story is on
    Row("The PTI has fixed a deadline of January 31 for its talks. Earlier in the day, Asad Qaiser said the talks "
        "were going on.", date(2024, 12, 30), "Earlier in the day", "DATE", "2024-12-30", None, "2024-12-30",
        "2024-12-30"),
    # real news dev 146 (Saturday 26 March 2022): a date after "said," is the saying's, not the clause said's
    Row("The regional bloc of West Africa said, on Friday, that the sanctions it had placed on Mali would stay.",
        date(2022, 3, 26), "Friday", "DATE", "2022-03-25", None, "2022-03-25", "2022-03-25"),
    # real news dev 144 (Monday 27 October 2025): "this weekend" in a past clause is the weekend just gone; ahead, the
    # weekend of the week of writing (not the one after)
    Row("Presidents Lula and Trump met this weekend in Kuala Lumpur.", date(2025, 10, 27), "this weekend", "DATE",
        "2025-W43-WE", None, "2025-10-25", "2025-10-26"),
    Row("The envoys will meet over the weekend.", date(2025, 10, 27), "the weekend", "DATE", "2025-W44-WE", None,
        "2025-11-01", "2025-11-02"),
    # real news dev 160 (Sunday 26 May 2024): the Monday of a clause told as ahead, not the one gone
    Row("Monday's trilateral South Korea-China-Japan meeting is not expected to produce any big announcement.",
        date(2024, 5, 26), "Monday", "DATE", "2024-05-27", None, "2024-05-27", "2024-05-27"),
    Row("When Yoon, Li and Kishida sit down for a trilateral session on Monday, they will take up cooperation.",
        date(2024, 5, 26), "Monday", "DATE", "2024-05-27", None, "2024-05-27", "2024-05-27"),
    Row("Wednesday's signing was a success.", date(2024, 5, 26), "Wednesday", "DATE", "2024-05-22", None,
        "2024-05-22", "2024-05-22"),
    # real news dev 104 (14 January 2020): what has gone on "since April" began last April, however far back
    Row("Haftar's militia has been on the offensive since April, besieging the capital Tripoli.", date(2020, 1, 14),
        "April", "DATE", "2019-04", None, "2019-04-01", "2019-04-30"),
    # real news dev 073 (Saturday 19 April 2025): "right now" brings the story back to the day of writing, so a clock
    # time after it is that day, not the Sunday the truce runs through
    Row("The truce would run through Sunday. Alerts are sounding right now. At 17:15, drones were spotted.",
        date(2025, 4, 19), "17:15", "TIME", "2025-04-19T17:15", None, "2025-04-19", "2025-04-19"),
    Row("The index fell Friday, down 4.5% from the previous Friday.", date(1989, 10, 30), "the previous Friday",
        "DATE", "1989-10-20", None, "1989-10-20", "1989-10-20"),
    Row("Talks opened on Tuesday, 3 March 2025. The following Friday they collapsed.", THU, "The following Friday",
        "DATE", "2025-03-07", None, "2025-03-07", "2025-03-07"),
    Row("The pact was signed in 1988. Trade doubled that year.", THU, "that year", "DATE", "1988", None,
        "1988-01-01", "1988-12-31"),
    Row("Sales fell in the third quarter of 1988, after rising the previous quarter.", THU, "the previous quarter",
        "DATE", "1988-Q2", None, "1988-04-01", "1988-06-30"),
    Row("The truce collapsed in May 2024. Fighting resumed that same day.", THU, "that same day", "DATE",
        "XXXX-XX-XX"),
    # named days (holidays): the day in the year given, else by "last"/"next" or the clause's tense
    Row("The truce held over Christmas.", THU, "Christmas", "DATE", "2024-12-25", None, "2024-12-25", "2024-12-25"),
    Row("The envoys will meet again before Christmas.", THU, "Christmas", "DATE", "2025-12-25", None, "2025-12-25",
        "2025-12-25"),
    Row("Talks resumed after Easter 2024.", THU, "Easter 2024", "DATE", "2024-03-31", None, "2024-03-31",
        "2024-03-31"),
    Row("A deal was struck last Thanksgiving.", THU, "last Thanksgiving", "DATE", "2024-11-28", None, "2024-11-28",
        "2024-11-28"),
    Row("On Good Friday 1998 the parties signed.", THU, "Good Friday 1998", "DATE", "1998-04-10", None, "1998-04-10",
        "1998-04-10"),
    Row("The Eastern front was quiet.", THU, "Eastern", "NONE", ""),
    # durations
    Row("Hamas must respond within fifty days.", THU, "fifty days", "DURATION", "P50D"),
    Row("Hamas must respond within 50 days.", THU, "50 days", "DURATION", "P50D"),
    Row("The truce lasted for six weeks.", THU, "six weeks", "DURATION", "P6W"),
    Row("Negotiators worked for 24 hours straight.", THU, "24 hours", "DURATION", "PT24H"),
    Row("The siege has lasted more than 15 months.", THU, "more than 15 months", "DURATION", "P15M", "MORE_THAN"),
    Row("Prices rose in the past week.", THU, "the past week", "DURATION", "P1W"),
    Row("Trade fell over the last three years.", THU, "the last three years", "DURATION", "P3Y"),
    # "about" stays outside the span (TimeBank and AQUAINT), its mod does not
    Row("The talks lasted about two weeks.", THU, "two weeks", "DURATION", "P2W", "APPROX"),
    # a count of years points at the day counted, give or take a month (the value stays the year): real news dev 110
    # "the one that was signed a year ago", 066 "announced roughly a year ago"
    Row("They met about a year ago.", THU, "a year ago", "DATE", "2024", "APPROX", "2024-06-17", "2024-08-16"),
    Row("The monastery was founded 1,500 years ago.", THU, "1,500 years ago", "DATE", "0525", None, "0525-01-01",
        "0525-12-31"),
    # ISO 8601 has no decade letter: a counted decade is written in years
    Row("The dispute has run for two decades.", THU, "two decades", "DURATION", "P20Y"),
    Row("Violence fell over the past decade.", THU, "the past decade", "DURATION", "P10Y"),
    # sets
    Row("Monitors report every month.", THU, "every month", "SET", "P1M"),
    Row("The envoys meet weekly.", THU, "weekly", "SET", "P1W"),
    Row("Marches have provoked violence for the past three summers.", THU, "the past three summers", "SET", "XXXX-SU"),
    Row("The pass is closed each winter.", THU, "each winter", "SET", "XXXX-WI"),
    # vague references
    Row("The border is now closed.", THU, "now", "DATE", "PRESENT_REF"),
    Row("Shelling has recently intensified.", THU, "recently", "DATE", "PAST_REF"),
    Row("A deal is possible in the near future.", THU, "the near future", "DATE", "FUTURE_REF"),
    # months without a year take it from the DCT and the clause's tense
    Row("The vote will take place in March.", THU, "March", "DATE", "2026-03", None, "2026-03-01", "2026-03-31"),
    Row("The vote took place in March.", THU, "March", "DATE", "2025-03", None, "2025-03-01", "2025-03-31"),
    Row("He stepped down as chairman, president and chief executive in March.", date(1989, 11, 2), "March", "DATE",
        "1989-03", None, "1989-03-01", "1989-03-31"),
    # TimeML conventions learnt from TimeBank: fiscal quarters, spoken years, weekends, ISO weeks
    Row("The company reported a third-quarter loss.", date(1989, 11, 2), "third-quarter", "DATE", "1989-Q3", None,
        "1989-07-01", "1989-09-30"),
    Row("Profit rose from a year earlier.", date(1989, 11, 2), "a year earlier", "DATE", "1988", None,
        "1988-01-01", "1988-12-31"),
    Row("Third-quarter profit rose 5% from a year earlier.", date(1989, 11, 2), "a year earlier", "DATE", "1988-Q3",
        None, "1988-07-01", "1988-09-30"),
    Row("Keating was convicted in nineteen ninety-one.", date(1998, 1, 15), "nineteen ninety-one", "DATE", "1991",
        None, "1991-01-01", "1991-12-31"),
    Row("The board approved the 30-day waiting period.", THU, "30-day", "DURATION", "P30D"),
    Row("Analysts blamed the third-quarter loss on the strike.", date(1989, 10, 30), "third-quarter", "DATE",
        "1989-Q3", None, "1989-07-01", "1989-09-30"),
    Row("Refugees lived in the camps for 2 1/2 years.", THU, "2 1/2 years", "DURATION", "P2Y6M"),
    Row("The second envoy arrived a minute and a half later.", THU, "a minute and a half", "DURATION", "PT1M30S"),
    Row("The war lasted two and a half years.", THU, "two and a half years", "DURATION", "P2Y6M"),
    Row("He served as mediator for a year and a half.", THU, "a year and a half", "DURATION", "P1Y6M"),
    Row("The talks broke down one and a half years ago.", THU, "one and a half years ago", "DATE", "2024-01", None,
        "2024-01-01", "2024-01-31"),
    Row("Shipments resume within two to three weeks.", THU, "two to three weeks", "DURATION", "P2W"),
    Row("Earnings will fall in the last half of 1989.", date(1989, 10, 26), "the last half of 1989", "DATE", "1989-H2",
        None, "1989-07-01", "1989-12-31"),
    Row("Oil fell to the level of the winter of nineteen ninety-four.", date(1998, 1, 15),
        "the winter of nineteen ninety-four", "DATE", "1994-WI", None, "1994-12-01", "1995-02-28"),
    Row("At the close of business Thursday, 5,745,188 shares were tendered.", date(1989, 10, 27), "Thursday", "DATE",
        "1989-10-26", None, "1989-10-26", "1989-10-26"),
    Row("Czech Foreign Minister Jan Kavan arrived.", THU, "Jan", "NONE", ""),
    Row("In March Armenia agreed to a five-point proposal by Azerbaijan.", THU, "March", "DATE", "2025-03", None,
        "2025-03-01", "2025-03-31"),
    Row("Officials conferred over the weekend.", date(1990, 8, 13), "the weekend", "DATE", "1990-W32-WE", None,
        "1990-08-11", "1990-08-12"),
    Row("Shares closed at $19.50 on Friday.", date(1989, 10, 30), "Friday", "DATE", "1989-10-27", None,
        "1989-10-27", "1989-10-27"),
]


@pytest.mark.parametrize("row", CORPUS, ids=[f"{r.span}|{r.ref}" for r in CORPUS])
def test_corpus(row: Row) -> None:
    at = row.text.index(row.span)
    found = [t for t in tag(row.text, row.ref) if t.start < at + len(row.span) and at < t.end]
    if row.type == "NONE":
        assert not found, f"{row.span!r} is not a temporal expression"
        return
    assert found, f"no expression found at {row.span!r}"
    timex = found[0]
    assert timex.text == row.span
    value = timex.value
    assert (value.type, value.value, value.mod) == (row.type, row.value, row.mod)
    interval = (value.start.isoformat() if value.start else None, value.end.isoformat() if value.end else None)
    assert interval == (row.start, row.end)


def test_a_part_of_a_narrowed_count_takes_its_whole_unit() -> None:
    """The fuzz test's "later 1 months ago" on 31 December 9999: the count's days (23 November - 7 December) run
    into the next month; "later" takes the last third of the month counted, 21-30 November, never an inverted
    interval."""
    value = [t for t in tag("0 decades later 1 months ago", date(9999, 12, 31)) if t.value.type == "DATE"][0].value
    assert (value.value, value.mod, value.start, value.end) == ("9999-11", "END", date(9999, 11, 21),
                                                                date(9999, 11, 30))


def test_prices_are_not_times() -> None:
    assert [t.text for t in tag("Shares closed at $19.50, up from 2.46 billion.", THU)] == []


def test_a_deadline_reaches_its_end_from_the_anchor() -> None:
    text = "Last Monday, Trump gave Russia a deadline: a deal within fifty days."
    timexes = tag(text, date(2025, 7, 20))
    deadline = next(t for t in timexes if t.text == "fifty days")
    assert deadline.signal == "within"
    assert deadline.anchor_tid == timexes[0].tid
    assert deadline.reaches is not None and deadline.reaches.value == "2025-09-02"


def test_a_deadline_in_hours_reaches_whole_days() -> None:
    text = "On 3 March 2025 Iran was told to answer within 72 hours, and to report within 36 hours."
    reached = {t.text: t.reaches for t in tag(text, THU) if t.signal}
    assert reached["72 hours"] is not None and reached["72 hours"].value == "2025-03-06"
    assert reached["36 hours"] is not None and reached["36 hours"].value == "2025-03-04"


def test_in_the_next_count_is_a_deadline() -> None:
    """"in the next 14 months" and "over the course of the next 60 days" (real-news dev 038, 033): the span keeps
    "the next" (TimeML's), the word before it is the deadline's signal; "in" before another count signals nothing."""
    text = ("All American and coalition forces must leave the country in the next 14 months. The plan lays out a "
            "phased withdrawal over the course of the next 60 days. The envoys meet again in three days.")
    found = {t.text: t for t in tag(text, date(2020, 3, 10))}
    months, days = found["the next 14 months"], found["the next 60 days"]
    assert (months.signal, months.reaches and months.reaches.value) == ("in", "2021-05-10")
    assert (days.signal, days.reaches and days.reaches.value) == ("over the course of", "2020-05-09")
    assert found["three days"].signal is None


def test_within_the_next_unit_is_one_unit_counted_from_the_day_of_writing() -> None:
    """"within the next week" (real-news dev 046, Saturday 15 February 2020) ends on 22 February, a week on; "in the
    next week" stays the calendar week after (17-23 February)."""
    text = ("The ministry will conduct national consultations within the next week. The envoys will meet in the next "
            "week.")
    within, after = tag(text, date(2020, 2, 15))
    assert (within.value.value, within.signal, within.reaches and within.reaches.value) == ("P1W", "within",
                                                                                          "2020-02-22")
    assert (after.value.value, after.signal) == ("2020-W08", None)


def test_a_count_of_months_points_at_days_not_a_month() -> None:
    """Real-news dev 033 (27 November 2024): "almost two months ago" is a little after 27 September (the TIMEX3 value
    stays 2024-09, mod LESS_THAN); "two months from now" is 27 January 2025 give or take a week."""
    ago = tag("* Israeli troops began a land invasion of Lebanon almost two months ago, answering almost a year of "
              "rocket fire from Hezbollah", date(2024, 11, 27))[0]
    assert (ago.text, ago.value.value, ago.value.mod) == ("almost two months ago", "2024-09", "LESS_THAN")
    assert (str(ago.value.start), str(ago.value.end)) == ("2024-09-27", "2024-10-04")
    ahead = tag("The troops leave two months from now.", date(2024, 11, 27))[0].value
    assert (ahead.value, str(ahead.start), str(ahead.end)) == ("2025-01", "2025-01-20", "2025-02-03")


def test_the_time_of_a_past_verb_reaches_back_a_year() -> None:
    """Real-news dev 042 (4 January 2026): "signed on March 10" is last March, 300 days back; a date the past verb
    extends to stays the nearest ("extended to Nov. 20" in a 2 November 1989 article)."""
    signed = tag("The agreement, which Abdi and Syrian President Ahmad Al-Shara signed on March 10, contained a "
                 "number of provisions.", date(2026, 1, 4))
    assert [t.value.value for t in signed] == ["2025-03-10"]
    extended = tag("The group extended to Nov. 20 its offer for all Dunkin' Donuts shares.", date(1989, 11, 2))
    assert [t.value.value for t in extended] == ["1989-11-20"]


def test_a_count_of_years_from_a_month_ends_in_a_month() -> None:
    """Two years from October 2025 is October 2027 (a month), not 1 October 2027; fifty days from "early June" still
    start from its first day."""
    reached = {t.text: t.reaches for t in tag(
        "Elected in October, he wants a settlement within two years. Talks began in early June and must end within "
        "fifty days.", date(2025, 11, 21)) if t.signal}
    assert reached["two years"] is not None
    assert (reached["two years"].value, reached["two years"].precision) == ("2027-10", "month")
    assert (str(reached["two years"].start), str(reached["two years"].end)) == ("2027-10-01", "2027-10-31")
    assert reached["fifty days"] is not None and reached["fifty days"].value == "2025-07-21"


def test_without_a_publication_date_relative_expressions_stay_unresolved() -> None:
    timexes = {t.text: t.value for t in tag("On Sunday the envoys met; the truce of 16 May 2025 held.", None)}
    sunday = timexes["Sunday"]
    assert not sunday.resolved and sunday.start is None
    assert sunday.note is not None and "no publication date" in sunday.note
    assert timexes["16 May 2025"].value == "2025-05-16"
