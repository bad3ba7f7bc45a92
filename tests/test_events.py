"""Event extraction on sentences the seed does not contain: type, status, place, deadlines, unresolved dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.article import parse_article
from timeline.events.triggers import triggers

FRIDAY = date(2025, 7, 25)


def one(text: str, published: date | None = FRIDAY) -> pd.Series:
    table = timeline.extract(parse_article(text, published=published))
    assert len(table) == 1, table[["date_text", "event_type", "status"]].to_string()
    return table.iloc[0]


@pytest.mark.parametrize("text,start,end,event_type,status", [
    ("Israeli and Hamas negotiators will meet in Doha on 12 March 2026.", "2026-03-12", "2026-03-12", "talks",
     "planned"),
    ("There was no meeting between the two leaders in June.", "2025-06-01", "2025-06-30", "talks", "negated"),
    ("The two sides signed a ceasefire agreement on 5 May 2024.", "2024-05-05", "2024-05-05", "agreement",
     "occurred"),
    ("Russia and Ukraine exchanged 84 prisoners on Thursday.", "2025-07-24", "2025-07-24", "exchange", "occurred"),
    ("Washington imposed new sanctions on Tehran in mid-September 2024.", "2024-09-11", "2024-09-20", "sanction",
     "occurred"),
    ("The EU wants a truce by the end of the month.", "2025-07-21", "2025-07-31", "ceasefire", "demanded"),
    ("If the talks fail next week, the fighting will resume.", "2025-07-28", "2025-08-03", "talks",
     "hypothetical"),
])
def test_event_type_status_and_interval(text: str, start: str, end: str, event_type: str, status: str) -> None:
    row = one(text)
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp(start), pd.Timestamp(end))
    assert (row["event_type"], row["status"]) == (event_type, status)


def test_place_and_country_of_talks() -> None:
    row = one("Envoys met in Muscat, Oman on Saturday to discuss the nuclear file.")
    assert row["location"] == "Muscat, Oman"
    assert row["date_start"] == pd.Timestamp("2025-07-19")


def test_a_month_inside_a_known_name_dates_nothing() -> None:
    """"Theresa May" (a person) and "the April 19 Movement" (an armed group) name no month: only March 1990 dates."""
    table = timeline.extract(parse_article(
        "Prime Minister Theresa May met Jean-Claude Juncker in Strasbourg. The April 19 Movement signed a peace deal "
        "in March 1990.", published=date(2019, 3, 20)))
    assert list(table["date_text"]) == ["March 1990"]
    assert list(table["event_type"]) == ["agreement"]


def test_each_sides_trade_measures_on_one_day_are_two_events() -> None:
    """Real news dev 194, a timeline of the 2025 tariffs: levies and countermeasures are sanctions, and the US tariffs
    and Canada's answer on 4 March are two events, not one."""
    table = timeline.extract(parse_article(
        "February 4th: Levies on China come into force.\n\nMarch 4th: The postponed 25 per cent US tariffs on Mexico "
        "and Canada come into force. Canada unveils countermeasures: 25 per cent tariffs covering $155 billion of "
        "imports.\n", published=date(2025, 7, 15)))
    sanctions = table[table["event_type"] == "sanction"]
    assert list(sanctions["date_start"].dt.strftime("%Y-%m-%d")) == ["2025-02-04", "2025-03-04", "2025-03-04"]
    assert sanctions["actors"].iloc[2].split("; ")[0] == "Canada"


def test_a_line_of_a_list_of_key_dates_counts_from_its_heading_day() -> None:
    """Real news dev 194 (a timeline published on 15 July 2025): "due to apply from March 12th" on the February 10th
    line is 12 March 2025, the first after that line's day, not after the publication day; the paragraph after the
    list counts from the publication day again."""
    table = timeline.extract(parse_article(
        "February 10th: US imposes 25 per cent tariffs on imports of steel and aluminium – due to apply from March "
        "12th.\n\nApril 2nd: Trump says the US will apply tariffs of between 10 and 50 per cent.\n\nThe talks will "
        "resume on March 12th.\n", published=date(2025, 7, 15)))
    days = table[table["date_text"] == "March 12th"].sort_values("date_start")["date_start"].dt.strftime("%Y-%m-%d")
    assert list(days) == ["2025-03-12", "2026-03-12"]


def test_two_dates_in_one_sentence_are_two_events() -> None:
    table = timeline.extract(parse_article("Negotiators met in Geneva in March and again in late April.",
                                           published=FRIDAY))
    assert list(table["date_text"]) == ["March", "late April"]
    assert list(table["timex"]) == ["2025-03", "2025-04"]
    assert (table["event_type"] == "talks").all()


def test_a_long_name_does_not_push_the_talks_away_from_their_date() -> None:
    """"the Grand Ethiopian Renaissance Dam in Addis Ababa" counts as near as "the dam in Cairo": the Monday after a
    Wednesday article (12 March 2025 -> 17 March) is the talks, planned; the saying is the Wednesday."""
    table = timeline.extract(parse_article(
        "Egypt, Ethiopia and Sudan will resume negotiations over the Grand Ethiopian Renaissance Dam in Addis Ababa "
        "next Monday, the foreign ministry said on Wednesday.", published=date(2025, 3, 12)))
    assert list(zip(table["date_text"], table["timex"], table["event_type"], table["status"])) == [
        ("Wednesday", "2025-03-12", "statement", "occurred"), ("next Monday", "2025-03-17", "talks", "planned")]


def test_the_subject_before_a_relative_clause_is_the_actor() -> None:
    """"The African Union, which has mediated since 2020, proposed in January ...": the proposal (January 2025 in a
    March 2025 article) is the African Union's, though its clause names nobody; "since 2020" dates a state."""
    row = one("The African Union, which has mediated since 2020, proposed in January a timetable of three rounds.",
              published=date(2025, 3, 12))
    assert (row["date_text"], row["timex"], row["event_type"], row["actors"]) == (
        "January", "2025-01", "proposal", "African Union")


def test_a_deadline_counted_from_a_month_is_a_month() -> None:
    """"elected in October" (2025, in a 21 November article), "a settlement within two years": October 2027, with
    month precision, not the false day 1 October 2027."""
    table = timeline.extract(parse_article(
        "Erhurman, elected in October, has said he wants a settlement within two years.",
        published=date(2025, 11, 21)))
    deadline = table[table["event_type"] == "deadline"].iloc[0]
    assert (deadline["date_start"], deadline["date_end"]) == (pd.Timestamp("2027-10-01"), pd.Timestamp("2027-10-31"))
    assert (deadline["precision"], deadline["timex"]) == ("month", "2027-10")
    assert deadline["summary"].startswith("Deadline (counted from 2025-10):")


def test_deadline_counted_from_the_date_of_its_sentence() -> None:
    table = timeline.extract(parse_article(
        "On 1 March 2025, Washington gave Hamas an ultimatum to release the hostages within 10 days."))
    deadline = table[table["event_type"] == "deadline"].iloc[0]
    assert deadline["date_start"] == pd.Timestamp("2025-03-11")
    assert deadline["anchor_event_id"] == table[table["event_type"] == "threat"].iloc[0]["event_id"]


def test_without_publication_date_relative_dates_stay_unresolved_and_say_why() -> None:
    row = one("Talks resumed on Monday in Geneva.", published=None)
    assert pd.isna(row["date_start"]) and pd.isna(row["date_end"])
    assert "no publication date" in row["note"]


def test_without_publication_date_absolute_dates_still_resolve() -> None:
    row = one("Talks resumed on 3 March 2025 in Geneva.", published=None)
    assert row["date_start"] == pd.Timestamp("2025-03-03")
    assert pd.isna(row["note"])


def test_sentences_without_a_trigger_or_date_yield_nothing() -> None:
    text = "Scroll to Top\nThe weather was fine in May.\nDelegates discussed the agenda at length."
    assert timeline.extract(parse_article(text, published=FRIDAY)).empty


def test_trigger_lexicon_loads_with_every_event_type_of_the_schema() -> None:
    from timeline.schema import EVENT_TYPES

    types = {t.event_type for t in triggers() if t.event_type != "-"}
    assert types <= set(EVENT_TYPES)
    assert types >= set(EVENT_TYPES) - {"other"}


@pytest.mark.parametrize("text,date_text,event_type,status", [
    # a support verb hands its date to the event noun it reports
    ("A humanitarian truce declared in March collapsed.", "March", "ceasefire", "occurred"),
    ("Heavy fighting erupted on 2 May 2025 near the border.", "2 May 2025", "military", "occurred"),
    ("The two armies agreed to a truce on Tuesday.", "Tuesday", "ceasefire", "occurred"),
    # a demand hands its date to what is demanded
    ("Egypt called for an immediate ceasefire on Wednesday.", "Wednesday", "ceasefire", "demanded"),
    # a date opening its clause belongs to the verb after it
    ("Envoys met in Cairo on 1 June 2025, and a day later Hamas freed four hostages.", "a day later", "exchange",
     "occurred"),
    # a speech verb does not take a date that sits in what was said
    ("Kyiv accused Moscow of shelling the port on 3 July 2025.", "3 July 2025", "military", "occurred"),
    # a relative clause keeps its trigger to itself
    ("Sudan's army, which signed the Jeddah accord, launched an offensive on 9 June 2025.", "9 June 2025",
     "military", "occurred"),
    # cancellation after the date
    ("A summit planned for 14 March 2025 was postponed.", "14 March 2025", "talks", "negated"),
    # a limit under a threat is a deadline
    ("The rebels threatened to resume attacks unless troops withdraw by 30 July 2025.", "30 July 2025", "deadline",
     "deadline"),
    # a verb after "and" shares its subject: "met ... and agreed" does not make the meeting an agreement (the
    # agreement shares the date: tests/test_attachment.py)
    ("The leaders met in Nicosia on 5 March 2025 and agreed to open two crossings.", "5 March 2025", "talks",
     "occurred"),
    # an aspect verb takes its subject across a long noun phrase with "and" inside it
    ("A truce between the army and the rebels took effect on 2 May 2025.", "2 May 2025", "ceasefire", "occurred"),
    # a condition after the event makes it hypothetical
    ("A wider conference could follow in June 2026 if the meeting goes well.", "June 2026", "talks",
     "hypothetical"),
    # an election is an event of type other
    ("Erhurman, elected in October 2024, wants a federal solution.", "October 2024", "other", "occurred"),
])
def test_trigger_roles_and_cues(text: str, date_text: str, event_type: str, status: str) -> None:
    table = timeline.extract(parse_article(text, published=FRIDAY))
    rows = table[table["date_text"] == date_text]
    assert len(rows) >= 1, table[["date_text", "event_type", "status"]].to_string()
    assert (event_type, status) in set(zip(rows["event_type"], rows["status"]))


def test_a_range_is_one_interval() -> None:
    row = one("The delegations held talks in Geneva from 9 April 2025 to 13 April 2025.")
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp("2025-04-09"), pd.Timestamp("2025-04-13"))
    assert row["timex"] == "2025-04-09/2025-04-13"


def test_an_act_named_by_a_noun_takes_the_status_of_its_governor() -> None:
    # real news dev 089 (Reuters, Tuesday 11 May 2021): the chair's next draft is expected, not out
    row = one("The chair of the talks, Santiago Wills, is expected to put out a fourth version of the draft agreement "
              "this week.", published=date(2021, 5, 11))
    assert (row["event_type"], row["status"]) == ("proposal", "planned")


def test_over_the_past_week_is_the_seven_days_before_publication() -> None:
    # real news dev 083 (Clash Report, Saturday 19 July 2025)
    row = one("Israel struck Syrian military sites and the Damascus defence ministry over the past week.",
              published=date(2025, 7, 19))
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp("2025-07-12"), pd.Timestamp("2025-07-19"))
    assert (row["event_type"], row["status"]) == ("military", "occurred")
    # a length, not a stretch of days: no event
    assert timeline.extract(parse_article("Talks lasted the past week.", published=date(2025, 7, 19))).empty


def test_a_range_with_no_year_starts_before_it_ends() -> None:
    # real news dev 098 (AFP, 16 March 2019): "April" alone would be the coming April, "October" the last one
    row = one("At least 325 people were killed in the crackdown between April and October, and thousands fled.",
              published=date(2019, 3, 16))
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp("2018-04-01"), pd.Timestamp("2018-10-31"))
    assert row["timex"] == "2018-04/2018-10"


def test_a_range_told_in_the_present_goes_where_it_lies_nearer_publication() -> None:
    # real news dev 121 (11 April 2020): "July" alone is the coming July, "December" the last one; the clause is
    # not in the past, so the whole range is this July to December, not last year's
    row = one("The agreement, which brings production down to eight million bpd from July to December, needs "
              "Mexico's consent before it can take effect.", published=date(2020, 4, 11))
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp("2020-07-01"), pd.Timestamp("2020-12-31"))
    assert (row["timex"], row["status"]) == ("2020-07/2020-12", "planned")


def test_furniture_dateline_and_states_yield_nothing() -> None:
    text = ("CAIRO, July 20 — Mediators said talks would resume.\n"
            "Read more: the 2015 nuclear deal explained\n"
            "Posted June 30, 2024 7:38 am.\n"  # real news dev 090's time stamp
            "The group has mediated between the parties since 1992.")
    assert timeline.extract(parse_article(text, published=FRIDAY)).empty


def test_a_later_narrower_date_of_the_same_event_replaces_the_wider_one() -> None:
    # real news dev 130 (Monday 17 April 2023): the week is the days told right after it
    narrowed = timeline.extract(parse_article("Agriculture Minister Mykola Solsky added that further talks would take "
                                              "place this week in Romania on Wednesday, and in Slovakia on Thursday.",
                                              published=date(2023, 4, 17)))
    assert sorted(narrowed["date_text"]) == ["Thursday", "Wednesday"]
    # real news dev 114 (Thursday 12 June 2025): the week told after the day is the other swaps of the week
    kept = timeline.extract(parse_article("Ukraine and Russia on Thursday confirmed a fresh swap of prisoners, the "
                                          "third this week under an arrangement struck at peace talks in Turkey.",
                                          published=date(2025, 6, 12)))
    assert {"Thursday", "this week"} <= set(kept["date_text"])


def test_the_signature_of_an_embedded_post_dates_a_statement_by_its_author() -> None:
    # real news dev 120 and 148: "— Name (@handle) Month D, YYYY" closes a post quoted in the article
    text = ("Round one of the peace talks in Tanzania has been concluded. No deal was reached.\n\n"
            "— Redwan Hussien (@RedwanHussien) May 3, 2023\n\n"
            "Though they were not released jointly, the two statements share a silence.\n\n"
            "Embedded post: Kenya stays committed. pic.twitter.com/WdEPqSXLpa-- William Samoei Ruto, PhD "
            "(@WilliamsRuto) November 27, 2022\n")
    table = timeline.extract(parse_article(text, published=date(2023, 5, 4)))
    rows = sorted(table[["date_text", "event_type", "status", "actors"]].itertuples(index=False, name=None))
    assert rows == [("May 3, 2023", "statement", "occurred", "Redwan Hussein"),
                    ("November 27, 2022", "statement", "occurred", "William Ruto")]  # nothing "released" on May 3


def test_a_dateline_after_page_furniture_is_still_the_dateline() -> None:
    # real news dev 134 (The Canadian Press, Friday 16 January 2026): a headline, a photo caption, a byline and two
    # time stamps stand before "BEIJING —"; the stamps are furniture, and the dateline is no part of the sentence
    text = ("Carney strikes 'landmark' tariff-quota deal with China\n\n"
            "Photo: Prime Minister Mark Carney in Beijing. THE CANADIAN PRESS/Sean Kilpatrick\n\n"
            "By Kyle Duggan, The Canadian Press\n\nFirst posted January 16, 2026 3:29 am.\n\n"
            "Updated January 16, 2026 7:40 am.\n\n"
            "BEIJING — The Liberal government has struck an agreement with Beijing to cut tariffs on a fixed number "
            "of Chinese electric vehicles in return for China lowering duties on farm products, Prime Minister Mark "
            "Carney said Friday.\n")
    table = timeline.extract(parse_article(text, published=date(2026, 1, 16)))
    assert sorted(table["event_type"]) == ["agreement", "statement"]
    assert set(table["date_text"]) == {"Friday"}


def test_a_dateline_of_a_place_and_a_colon_names_no_actor() -> None:
    # real news dev 121 (AFP, 11 April 2020) and 159 (10 April 2025): "London:" and "DEKALB, Illinois:" are datelines,
    # no party to the deal or the fighting; "Borrell:" is a speaker, no place, and stays text
    table = timeline.extract(parse_article(
        "London: Big oil producers agreed to reduce output in May and June, OPEC said Friday.\n",
        published=date(2020, 4, 11)))
    assert set(table["actors"]) == {"OPEC"}
    table = timeline.extract(parse_article(
        "DEKALB, Illinois: After a 7.7 magnitude earthquake hit Myanmar on Mar 28, the country's military and the "
        "resistance groups were met with appeals for an immediate ceasefire.\n", published=date(2025, 4, 10)))
    assert list(table["actors"]) == ["Myanmar"]
    table = timeline.extract(parse_article("Borrell: Serbia and Kosovo agreed on Saturday to implement the plan.\n",
                                           published=date(2023, 3, 19)))
    assert list(table["summary"]) == ["Borrell: Serbia and Kosovo agreed on Saturday to implement the plan"]


def test_a_dateline_that_opens_with_its_date_dates_nothing() -> None:
    # real news dev 043: "August 7, 2024 NAIROBI —" is the dateline; the saying is Wednesday's
    text = ("August 7, 2024 NAIROBI — South Sudan's Tumaini Initiative negotiations in Nairobi have not \"died,\" "
            "Information Minister Michael Makuei said on Wednesday.\n")
    table = timeline.extract(parse_article(text, published=date(2024, 8, 8)))
    assert list(table["date_text"]) == ["Wednesday"]
    # real news dev 089: a dateline of the date alone, "May 11, 2021 —"
    text = ("May 11, 2021 — The World Trade Organization's chief intends to convene a ministerial meeting on July 15, "
            "a document showed on Monday.\n")
    table = timeline.extract(parse_article(text, published=date(2021, 5, 11)))
    assert "May 11, 2021" not in set(table["date_text"]) and "July 15" in set(table["date_text"])


def test_a_dateline_of_a_date_and_an_agency_and_a_caption_before_it() -> None:
    # real news dev 105 (UPI, Tuesday 5 January 2021): the caption before the dateline is text; the dateline's date
    # names no event
    text = ("Saudi Arabia is to open its borders with Qatar before this week's Gulf Cooperation Council Summit, to be "
            "held in Al Ula, Saudi Arabia, starting Tuesday. File Photo by UPI\n\n"
            "Jan. 5 (UPI) — Saudi Arabia is to open its air, land and sea borders and end a blockade of Qatar.\n")
    table = timeline.extract(parse_article(text, published=date(2021, 1, 5)))
    assert "Jan. 5" not in set(table["date_text"])
    assert "talks" in set(table[table["date_text"] == "Tuesday"]["event_type"])


@pytest.mark.parametrize("text", [
    # real news dev 057 and 060: datelines with the outlet and the date in brackets
    "GENERAL SANTOS CITY (MindaNews / 13 July)—The Office of the Presidential Adviser said the decommissioning of "
    "combatants will be finished.\n",
    "TIRASPOL (UrduPoint News / Sputnik - 25th February, 2022) Moldovan Deputy Prime Minister Oleg Serebrian and "
    "Vitaly Ignatiev have agreed to meet.\n",
    # real news dev 060: a byline with the author's handle and the publication stamp
    "Mohammad Ali (@ChaudhryMAli88) Published February 25, 2022 | 12:30 AM\n",
])
def test_bracketed_datelines_and_bylines_date_nothing(text: str) -> None:
    assert timeline.extract(parse_article(text, published=date(2023, 7, 13))).empty


@pytest.mark.parametrize("text,published,dateline,dated", [
    # real news dev 182: a place, the date with its year and the outlet's site in brackets
    ("Caracas, June 29, 2024 (venezuelanalysis.com) – Venezuela played host to the first round of peace talks between "
     "the Colombian government and Segunda Marquetalia.\n\nBetween June 24-29, the two delegations met in Caracas.\n",
     date(2024, 6, 29), "June 29, 2024", "June 24-29"),
    # real news dev 185: a place with its country in brackets, the date and the agency, no dash
    ("San Juan (Puerto Rico), Sep 14 (AP) Haiti's government said it met on Wednesday with Dominican officials.\n",
     date(2023, 9, 14), "Sep 14", "Wednesday"),
    # real news dev 190: an agency of two words in brackets, then two hyphens with no space
    ("Washington, April 4 (Jiji Press)--Japan and the Philippines held talks in Manila on Monday.\n",
     date(2024, 4, 4), "April 4", "Monday"),
])
def test_a_dateline_with_a_site_or_a_bracketed_country_dates_nothing(text: str, published: date, dateline: str,
                                                                     dated: str) -> None:
    table = timeline.extract(parse_article(text, published=published))
    assert dateline not in set(table["date_text"])
    assert "talks" in set(table[table["date_text"] == dated]["event_type"])


def test_the_date_of_an_embedded_post_signature_dates_nothing() -> None:
    # real news dev 054: the post's signature date gave the first stage of the deal an occurred agreement
    text = ("Prime Minister Benjamin Netanyahu has told the negotiating team to head to Cairo to talk about how the first "
            "stage of the deal keeps being implemented. — Prime Minister of Israel (@IsraeliPM) February 16, 2025\n")
    assert timeline.extract(parse_article(text, published=date(2025, 2, 16))).empty


def test_where_a_state_began_dates_no_event() -> None:
    # real news dev 077: "dates back to 1974" is where the island's split began, not a date of the mediation
    table = timeline.extract(parse_article(
        "Many UN mediation efforts to end the island's split, which dates back to 1974, have failed.",
        published=date(2023, 12, 7)))
    assert table.empty


def test_deadline_counted_from_the_event_it_names() -> None:
    text = ("The two governments signed the accord in Luanda on 4 March 2025. "
            "Troops must withdraw within 30 days of the signing.")
    table = timeline.extract(parse_article(text, published=FRIDAY))
    deadline = table[table["event_type"] == "deadline"].iloc[0]
    signing = table[table["event_type"] == "agreement"].iloc[0]
    assert deadline["date_start"] == pd.Timestamp("2025-04-03")
    assert deadline["anchor_event_id"] == signing["event_id"]


def test_a_grant_of_days_is_a_deadline() -> None:
    table = timeline.extract(parse_article(
        "On 2 June 2025 the envoy sent a letter giving Tehran 60 days to reply.", published=FRIDAY))
    deadline = table[table["event_type"] == "deadline"].iloc[0]
    assert deadline["date_start"] == pd.Timestamp("2025-08-01")


def test_vague_durations_give_no_deadline() -> None:
    table = timeline.extract(parse_article("A truce agreed on 2 May 2025 broke down within months.",
                                           published=FRIDAY))
    assert "deadline" not in set(table["event_type"])


def test_coordinated_verbs_share_their_subject_and_topics_date_nothing() -> None:
    table = timeline.extract(parse_article(
        "Talks on a separate Gaza ceasefire stalled in August 2024 and are expected to resume in December 2024.",
        published=date(2024, 11, 27)))
    assert list(zip(table["date_text"], table["event_type"], table["status"])) == [
        ("August 2024", "talks", "occurred"), ("December 2024", "talks", "planned")]


def test_talks_done_and_talks_planned_on_one_day_stay_two_events() -> None:
    # real news dev 019 (Saturday 23 November 2024): the stalled talks and the plenary set for that evening
    text = ("Tempers are fraying at Cop29 in Azerbaijan, where talks in the host city of Baku stalled once more on "
            "Saturday afternoon.\nThe Cop29 presidency set a plenary hearing for 7pm local time on Saturday, at which "
            "countries will give their final views on a draft deal.\n")
    table = timeline.extract(parse_article(text, published=date(2024, 11, 23)))
    talks = table[table["event_type"] == "talks"]
    assert sorted(talks["status"]) == ["occurred", "planned"]
    assert set(talks["date_start"].dt.strftime("%Y-%m-%d")) == {"2024-11-23"}


def test_a_count_after_a_dated_event_dates_the_event_it_counts_from() -> None:
    # real news dev 043 (Thursday 8 August 2024): Wednesday 7 August, "one day after" the talks: 6 August
    table = timeline.extract(parse_article(
        "Information Minister Michael Makuei said on Wednesday, one day after the opposition held talks with Kenya's "
        "President William Ruto.\n", published=date(2024, 8, 8)))
    talks = table[table["event_type"] == "talks"]
    assert list(talks["date_start"].dt.strftime("%Y-%m-%d")) == ["2024-08-06"]
    assert list(talks["date_text"]) == ["one day after"]


@pytest.mark.parametrize("text,published,date_text,event_type,start,end,actors", [
    # real news dev 148 (Monday 28 November 2022): the Nairobi talks are today's; "less than a week after" the summit
    # puts the summit on a day from Tuesday 22 to Sunday 27 November, not on the day a week before
    ("The third round of peace negotiations is at last taking place today in Nairobi.\nThe Nairobi talks are being "
     "held less than a week after the regional leaders' summit in Luanda, Angola.", date(2022, 11, 28),
     "less than a week after", "talks", "2022-11-22", "2022-11-27", None),
    # real news dev 048 (Monday 12 May 2025): the deal of Monday "came after two days of negotiations": talks on
    # Sunday 11 and Monday 12 May, between the deal's parties (not Switzerland, where they were held); "after 20
    # years of negotiations" is a process, no round of talks
    ("The United States and China put out a joint statement on Monday that confirmed a 90-day pause in their trade "
     "war.\nThe deal came after two days of negotiations in Geneva, Switzerland.\nIt follows 20 years of "
     "negotiations.", date(2025, 5, 12), "two days of negotiations", "talks", "2025-05-11", "2025-05-12",
     "United States; China"),
    # real news dev 230 (Saturday 11 March 2023): the lead's "four days of talks" end on Friday 10 March, the first
    # day the article tells of, not on the publication day
    ("Iran and Saudi Arabia have agreed to re-establish diplomatic relations, following four days of talks in "
     "Beijing.\nThe three countries put out a joint statement on Friday.", date(2023, 3, 11), "four days of talks",
     "talks", "2023-03-07", "2023-03-10", None),
    # real news dev 122 (Tuesday 31 December 2019): no day told before or after, the talks end on the publication day
    ('"After five days of continuous bilateral negotiations in Vienna, the final decisions were arrived at," Miller '
     'told journalists.', date(2019, 12, 31),
     "five days of continuous bilateral negotiations", "talks", "2019-12-27", "2019-12-31", None),
], ids=["a count after the subject's event bounds the days between", "days of talks end on the day of the deal",
        "days of talks end on the article's first news day", "days of talks end on the publication day"])
def test_a_count_after_an_event_told_earlier_dates_what_came_before(
        text: str, published: date, date_text: str, event_type: str, start: str, end: str, actors: str | None) -> None:
    table = timeline.extract(parse_article(text + "\n", published=published))
    rows = table[table["date_text"] == date_text]
    assert list(rows["event_type"]) == [event_type]
    assert not table["date_text"].str.contains("years").any()  # "20 years of negotiations" dates nothing
    assert (rows.iloc[0]["date_start"], rows.iloc[0]["date_end"]) == (pd.Timestamp(start), pd.Timestamp(end))
    assert actors is None or rows.iloc[0]["actors"] == actors


@pytest.mark.parametrize("text,published,absent,present", [
    # devset 10: the killing is dated "late May" in its own clause; "two months after" adds nothing
    ("The clashes broke out on July 24, two months after a Cambodian soldier was killed in a brief exchange of fire "
     "in late May.", date(2025, 7, 28), "two months after", "late May"),
    # devset 11: the talks are dated by their end, 20 March; "ten days of negotiations" tells how long they ran and
    # adds no second row of them
    ("The swap was agreed at UN-sponsored talks in Switzerland that ended on 20 March, after ten days of negotiations.",
     date(2023, 4, 17), "ten days of negotiations", "20 March"),
    # real news dev 099 (Saturday 22 November 2025): "nearly two weeks" is a hedged count, with no first day; the
    # draft is dated by its own "earlier this week"
    ("The summit was suspended on Saturday.\nAfter nearly two weeks of negotiations, a fresh draft deal presented "
     "earlier this week by COP30 host Brazil left out any reference to fossil fuels.", date(2025, 11, 22),
     "nearly two weeks of negotiations", "earlier this week"),
], ids=["a count before a clause that dates itself", "days of talks whose end the sentence dates",
        "a hedged count of weeks of talks"])
def test_a_count_the_sentence_dates_otherwise_adds_no_row(text: str, published: date, absent: str,
                                                          present: str) -> None:
    dates = set(timeline.extract(parse_article(text + "\n", published=published))["date_text"])
    assert absent not in dates and present in dates


def test_a_count_in_some_units_time_is_the_day_it_ends() -> None:
    # "in two weeks' time" in an article of Tuesday 26 April 2022: Tuesday 10 May, a date of its own; "two weeks"
    # alone is a length and dates nothing
    table = timeline.extract(parse_article("The two leaders will meet again in two weeks' time.\nThe talks lasted "
                                           "two weeks.\n", published=date(2022, 4, 26)))
    assert list(zip(table["date_text"], table["event_type"], table["status"])) == [
        ("two weeks' time", "talks", "planned")]
    assert (table.iloc[0]["date_start"], table.iloc[0]["date_end"]) == (pd.Timestamp("2022-05-10"),
                                                                        pd.Timestamp("2022-05-10"))


def test_a_length_after_for_dates_no_event_it_counts_from() -> None:
    # real news dev 141 (7 January 2023): how long the border stayed shut, not when the blockade began
    table = timeline.extract(parse_article(
        "The border was fully reopened on New Year's Day. The frontier stayed shut for seven years after Maduro "
        "imposed a blockade between the two countries.\n", published=date(2023, 1, 7)))
    assert "seven years after" not in set(table["date_text"])


def test_a_count_after_the_article_last_date_dates_the_event_it_counts_from() -> None:
    # real news dev 052 (Monday 24 March 2025): the session of Monday "came a day after" the talks of Sunday 23 March;
    # "America and Ukraine" is no second clause
    table = timeline.extract(parse_article(
        "Senior U.S. and Russian officials gathered in Riyadh on Monday for talks behind closed doors.\nThe high-level "
        "session came a day after delegations from America and Ukraine had likewise held talks in the Saudi capital.\n",
        published=date(2025, 3, 24)))
    talks = table[table["event_type"] == "talks"].set_index("date_text")
    assert talks.loc["a day after", "date_start"].strftime("%Y-%m-%d") == "2025-03-23"
    assert talks.loc["Monday", "date_start"].strftime("%Y-%m-%d") == "2025-03-24"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # real news dev 048: a joint statement on Monday 12 May 2025 confirmed a 90-day pause: 10 August
    ("The United States and China put out a joint statement on Monday that confirmed a 90-day pause in their "
     "intensifying trade war.", date(2025, 5, 12), "2025-08-10"),
    # real news dev 044: a truce starting on 8 October 2023 "is to last ten months": 8 August 2024
    ("Colombia's government and the EMC are to set up a negotiating table on October 8th, at which point a bilateral "
     "truce will also start that is to last ten months.", date(2023, 9, 20), "2024-08-08"),
    # real news dev 064: another 90 days beyond an Aug. 12 deadline: 10 November 2025
    ("China said the two sides had agreed to work on prolonging a tariff pause for another 90 days beyond an Aug. 12 "
     "deadline for reaching a trade deal.", date(2025, 7, 30), "2025-11-10"),
])
def test_the_length_of_a_truce_or_pause_ends_on_a_deadline(text: str, published: date, expected: str) -> None:
    table = timeline.extract(parse_article(text, published=published))
    ends = table[(table["event_type"] == "deadline") & (table["date_text"] != "Aug. 12")]
    assert list(ends["date_start"].dt.strftime("%Y-%m-%d")) == [expected]


def test_a_pause_that_is_over_sets_no_deadline() -> None:
    # devset 07: talks resumed "after a four-year pause": a gap, not a truce running
    table = timeline.extract(parse_article(
        "President Gustavo Petro's government has held talks with the ELN since November 2022, when negotiations "
        "resumed in Caracas after a four-year pause.", published=date(2025, 1, 20)))
    assert "deadline" not in set(table["event_type"])


@pytest.mark.parametrize(("text", "published", "date_text", "event_type", "day"), [
    # real news dev 055: "They" put out the communique at the summit of Sunday 30 July 2023
    ("Delegates of 11 African countries, eight of them heads of state, convened an urgent summit in Abuja on Sunday "
     "under the banner of the Economic Community of West African States (Ecowas).\n\nThey put out a scathing "
     "communique that upheld the rule of zero tolerance for military coups.\n", date(2023, 7, 31), "Sunday",
     "statement", "2023-07-30"),
    # real news dev 058: "At the meeting" of 19 April 2024 the commissions reached agreement
    ("On April 19, 2024, the eighth meeting between the two commissions took place on the border between the two "
     "republics.\n\nAt the meeting, the Commissions reached agreement on the points below:\n", date(2024, 4, 19),
     "April 19, 2024", "agreement", "2024-04-19"),
    # real news dev 001: "The two parties", the pair the sentence before told of, agreed at the round of 16 May 2025
    ("He pointed out that the opening round was held in Istanbul on May 16 and led to a prisoner exchange of 1,000 "
     "people from each side. The two parties also agreed to draft position papers pointing towards a lasting "
     "settlement.\n", date(2025, 5, 28), "May 16", "agreement", "2025-05-16"),
    # real news dev 144: a weekend is one occasion like a day: the two leaders agreed at the meeting of that weekend
    ("Presidents Luiz Inácio Lula da Silva of Brazil and Donald Trump of the United States met this weekend in Kuala "
     "Lumpur, Malaysia, on the margins of the ASEAN summit. The two leaders agreed to ease the economic strains "
     "between their countries.\n", date(2025, 10, 27), "this weekend", "agreement", "2025-10-25"),
    # real news dev 115: a quoted verb whose subject is the narrator's is narration: they talked that Wednesday
    ("President Biden's National Security Adviser Jake Sullivan once again took up the Armenia-Turkey normalization "
     "process with Ibrahim Kalin, chief adviser to the Turkish president, on Wednesday, NSC spokesperson Emily Horne "
     "said in a statement.\n\nSullivan and Kalin \"talked over regional matters, among them the efforts of Turkey and "
     "Armenia to normalize their relations,\" according to the statement.\n", date(2022, 2, 3), "Wednesday", "talks",
     "2022-02-02"),
])
def test_a_sentence_that_refers_back_goes_on_telling_of_the_day_before(
        text: str, published: date, date_text: str, event_type: str, day: str) -> None:
    table = timeline.extract(parse_article(text, published=published))
    rows = table[(table["event_type"] == event_type) & (table["date_text"] == date_text)]
    assert list(rows["date_start"].dt.strftime("%Y-%m-%d")) == [day]
    assert date_text not in rows.iloc[0]["sentence"]


def test_no_saying_and_no_background_day_is_carried_to_the_next_sentence() -> None:
    # real news dev 001: "He urged everyone ..." is more of the saying already dated; dev 034: a day years before
    # publication is background, not the day the next sentence tells of
    said = timeline.extract(parse_article(
        "Lavrov said yesterday that Moscow was ready for a second round.\nHe urged everyone to get behind the "
        "proposed meeting in Istanbul.\n", published=date(2025, 5, 29)))
    assert list(said["event_type"]) == ["statement"]
    background = timeline.extract(parse_article(
        "The war began on October 7, 2023.\nIsrael was compelled to accept the truce with Hezbollah after heavy "
        "losses.\n", published=date(2025, 2, 18)))
    assert "ceasefire" not in set(background["event_type"])


def test_a_truce_length_with_no_start_told_sets_no_deadline() -> None:
    # real news dev 004: "on the final day of a four-day truce" tells no day the four days run from
    table = timeline.extract(parse_article(
        "The announcement came on the final day of a four-day truce between the two sides.",
        published=date(2023, 11, 27)))
    assert "deadline" not in set(table["event_type"])


def test_a_day_later_than_is_a_comparison_not_a_date() -> None:
    # real news dev 065: "a day later than its planned end early on Tuesday" dates nothing a day after
    from timeline.temporal.tagger import tag
    text = "Objections forced the meeting into extra time on Wednesday, a day later than its planned end."
    assert "a day later" not in {t.text for t in tag(text, date(2023, 12, 13))}


def test_a_date_heading_a_line_dates_the_rest_of_the_line() -> None:
    # real news dev 002, a list of key dates: Kyiv's saying is the 29 March 2022 entry's; "He says" is more of
    # Lavrov's saying of 7 April, not a second statement
    table = timeline.extract(parse_article(
        "March 29, 2022: Talks begin in Istanbul, where Moscow says it is prepared to cut back military activity. "
        "Kyiv said it was open to talking about neutrality for Ukraine.\n\n"
        "April 7, 2022: Lavrov dismisses a Ukrainian peace proposal as \"unacceptable.\" He says Kyiv has backtracked "
        "on an understanding.\n", published=date(2025, 8, 8)))
    kyiv = table[table["sentence"].str.startswith("Kyiv said")]
    assert list(kyiv["date_start"].dt.strftime("%Y-%m-%d")) == ["2022-03-29"]
    assert table["event_id"].is_unique  # Moscow's and Kyiv's statements share the heading's date, not an id
    assert table[table["sentence"].str.startswith("He says")].empty


def test_a_count_after_an_old_date_of_the_sentence_before_dates_nothing() -> None:
    # real news dev 073 (Saturday 19 April 2025): the sentence before tells of January 2023; "The announcement comes
    # just one day after Rubio said" is not counted from it
    table = timeline.extract(parse_article(
        "Its government had last called for a ceasefire in January 2023, when Putin made a comparable announcement "
        "to mark Orthodox Christmas.\nThe announcement comes just one day after Secretary of State Marco Rubio said "
        "that the United States might step back.\n", published=date(2025, 4, 19)))
    assert "one day after" not in set(table["date_text"])


def test_a_publication_date_in_the_calendar_s_first_days_still_extracts() -> None:
    # the fuzz test's redate to 7 January of year 1: "the days before publication" stop at the calendar's first day
    table = timeline.extract(parse_article("Delegates met on Monday. They signed a truce.", published=date(1, 1, 7)))
    assert list(table["event_type"]) == ["talks", "ceasefire"]  # "They signed a truce" goes on telling of Monday


def test_an_agreement_retold_on_a_date_around_the_first_is_one_event() -> None:
    # real news dev 022: the accord to be signed "on June 27" is the one "due to be signed formally in Washington next
    # week": one agreement, the first mention's
    article = Path(__file__).parent / "data" / "realnews" / "dev" / "022_drc_rwanda_set_to_sign.md"
    table = timeline.extract(article)
    assert list(table[table["event_type"] == "agreement"]["date_text"]) == ["June 27"]


def test_talks_retold_on_a_day_inside_the_first_mention_are_one_event() -> None:
    # real news dev 081: the lead's round of talks "last week" is the one the ministry dates "On 18 July 2023": one
    # event, on the finer date
    table = timeline.extract(parse_article(
        "New Delhi: India and the UK wrapped up the eleventh round of negotiations on a planned free trade agreement "
        "last week, the ministry of commerce & industry said on Monday.\n\n\"On 18 July 2023, India and the United "
        "Kingdom completed the eleventh round of negotiations on the UK-India Free Trade Agreement (FTA),\" the "
        "ministry said.\n", published=date(2023, 7, 24)))
    talks = table[table["event_type"] == "talks"]
    assert list(talks["date_text"]) == ["18 July 2023"]
    assert "On 18 July 2023, India and the United Kingdom completed" in talks.iloc[0]["sentence"]  # read back in it


def test_talks_told_later_on_a_date_around_the_first_stay_apart() -> None:
    # talks recur: a later mention dated around an earlier one is other talks (real news dev 052)
    table = timeline.extract(parse_article(
        "On 18 July 2023, India and the United Kingdom completed the eleventh round of negotiations. India and the UK "
        "also held talks on investment last week.\n", published=date(2023, 7, 24)))
    assert sorted(table[table["event_type"] == "talks"]["date_text"]) == ["18 July 2023", "last week"]


def test_talks_brought_in_as_new_with_other_parties_that_day_stay_apart() -> None:
    # real news dev 121: "a telephone conference" with Putin is not the OPEC meeting of that Thursday (also dev 003)
    table = timeline.extract(parse_article(
        "The online meeting of OPEC members and their OPEC+ partners including Russia, together with other major "
        "non-members, got under way just after 1440 GMT on Thursday.\n\nTrump spoke fresh from a telephone conference "
        "with Russian President Vladimir Putin and Saudi leader Crown Prince Mohammed bin Salman on Thursday.\n",
        published=date(2020, 4, 10)))
    assert len(table[table["event_type"] == "talks"]) == 2


def test_a_meeting_told_again_as_the_meeting_that_day_is_one_event() -> None:
    # real news dev 059: "the meeting" Holness described is the one Ali held that Monday, whatever its parties
    table = timeline.extract(parse_article(
        "The announcement came from Guyana President Irfaan Ali, who held an emergency meeting earlier Monday in "
        "Jamaica with officials among them U.S. Secretary of State Antony Blinken.\n\nEarlier on Monday, Jamaican "
        "Prime Minister Andrew Holness described the meeting as still a work in progress.\n",
        published=date(2024, 3, 11)))
    assert len(table[table["event_type"] == "talks"]) == 1


def test_talks_told_as_planned_after_they_are_told_held_that_day_are_one_event() -> None:
    # real news dev 160: the meetings held "on Sunday, May 26, 2024" are those due "Once they have arrived in Seoul on
    # Sunday"
    table = timeline.extract(parse_article(
        "SEOUL, South Korea — The leaders of China and Japan flew into Seoul for separate meetings with South Korea's "
        "president on Sunday, May 26, 2024, a day before the three come together for what will be their first "
        "trilateral gathering in more than four years.\n\nOnce they have arrived in Seoul on Sunday, Chinese Premier "
        "Li Qiang and Japanese Prime Minister Fumio Kishida are due to meet South Korean President Yoon Suk Yeol for "
        "bilateral talks on how to boost cooperation and on other matters, South Korean officials said.\n",
        published=date(2024, 5, 26)))
    sunday = table[(table["event_type"] == "talks") & (table["date_start"] == pd.Timestamp(2024, 5, 26))]
    assert list(sunday["status"]) == ["occurred"]


def test_the_sentence_after_a_dateless_lead_dates_its_news() -> None:
    # real news dev 129: the lead tells of the agreement, the next sentence, about the same two men, of its day
    table = timeline.extract(parse_article(
        "Maputo, 25 Mar (AIM) – Venancio Mondlane, who ran for president of Mozambique, has stated that President "
        "Daniel Chapo and he have agreed to halt the violence between their followers.\n\nChapo and Mondlane held a "
        "face-to-face meeting in Maputo on Sunday, their first since the general elections held on 9 October.\n",
        published=date(2025, 3, 25)))
    agreed = table[table["event_type"] == "agreement"]
    assert list(agreed["date_start"].dt.strftime("%Y-%m-%d")) == ["2025-03-23"]
    assert "statement" not in set(table["event_type"])  # the saying is not the meeting's
