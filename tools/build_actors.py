"""Build the world gazetteers from the Phoenix/PETRARCH2 dictionaries (MIT) and a hand-made country table.

    .venv/bin/python tools/build_actors.py [--phoenix DIR] [--ewt DIR]      (or: make actors)

Reads ``../shared/data/petrarch2-dictionaries/`` (countries with name variants, demonyms and cities; people with
CAMEO role codes and dated terms; international organisations; armed non-state groups; role words; discards),
``tools/actors/countries.tsv`` (English short names, demonyms, capitals, seats of government),
``tools/actors/government_words.txt`` ("<demonym> officials"), pycountry (every ISO 3166 name) and the hand-curated
current actors ``timeline/resources/actors.tsv`` (which win every alias they claim). Writes
``timeline/resources/actors_world.tsv`` (one row per country, government, person, organisation, armed group) and
``timeline/resources/places_world.tsv`` (capitals, cities and regions). The UD English EWT treebank, when present,
tells which words are common English ("Justice", "Bush" as a word): such a word is never a one-word alias.

What is kept is what helps news from 2000 on: people whose terms all ended before 2005 are dropped; aliases that
are common words, role words, discards, shorter than three letters, or claimed by two entities are dropped.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "timeline" / "resources"
INPUTS = ROOT / "tools" / "actors"
PHOENIX = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries"
EWT = ROOT.parent / "shared" / "data" / "ud-english-ewt"

#: A person whose every term ended before this day is of no use to news from 2005 on.
KEEP_FROM = date(2005, 1, 1)
#: CAMEO role codes (the three letters after a country code) of state organs, and what they are in words.
STATE_ROLES = {"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary", "COP": "police",
               "SPY": "intelligence"}
ROLES = {**STATE_ROLES, "ELI": "elite", "OPP": "opposition", "REB": "rebel", "INS": "insurgent", "PTY": "party",
         "BUS": "business", "MED": "media", "HRI": "human rights", "EDU": "education", "REF": "refugees",
         "CVL": "civilian", "UAF": "armed group", "SEP": "separatist", "AGR": "agriculture", "DEV": "development",
         "LAB": "labour", "HLH": "health", "ENV": "environment", "CRM": "criminal", "RAD": "radical"}
ARMED_ROLES = {"REB", "INS", "UAF", "SEP"}
#: Regions and sectors inside CAMEO organisation codes (IGO + region + sector + organisation).
SECTORS = frozenset("AFR ASA BLK CAS CAU CEU CRB EAF EEU EUR LAM MEA NAF NMR PGS SAF SAM SAS SEA WAF WST SCN CAF ARB "
                    "MOS MUS CHR JEW BUD HIN IMG REB ENV DEV BUS AGR HLH LAB LEG MED EDU HRI REF JUD COP MIL GOV".split())
#: Words that stay lower case inside a name ("Bashar al-Assad", "Ursula von der Leyen").
PARTICLES = frozenset("al el ad ar as ash at az bin ibn bint de du da di del della der den van von la le y e of the "
                      "and for in on des dos das".split())
#: Words of the role phrases that are no role ("ANTI_GOVERNMENT_...", "HEAD_OF_STATE").
FUNCTION_WORDS = frozenset("its with non pro anti self".split())
#: Words of place and group names that no person's name holds ("Faroe Islands", "Al-Fatah Movement").
PLACE_WORDS = frozenset("island islands republic kingdom province region territory territories state states city "
                        "county district union front movement brigade brigades council committee".split())
#: Words before a name that are not part of it ("PRESIDENT_KARZAI", "FORMER_SOVIET_LEADER_...").
PREFIXES = frozenset("former ex the mr mrs ms dr sheik sheikh sayyid sayyed seyyed general gen lt col mullah".split())
NAME_CHARS = re.compile(r"^[A-Za-z0-9À-ÿ.'’ -]+$")
TOKEN = re.compile(r"[^\W_]+")
CODE = re.compile(r"\[([^\]]*)\]")
VOWELS = set("AEIOUY")


@dataclass(frozen=True)
class Term:
    """One code of a Phoenix entry with its dates: ``end`` None and ``open`` True for ">YYMMDD" or no dates."""

    code: str
    end: date | None
    open: bool


@dataclass
class Group:
    """A Phoenix entry: its names (root and ``+`` synonyms, as written) and its codes."""

    names: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    note: str = ""


@dataclass
class Row:
    """One entity of the output, its aliases in order of first sight."""

    name: str
    country: str
    kind: str
    role: str = ""
    until: str = ""
    aliases: dict[str, None] = field(default_factory=dict)


# --------------------------------------------------------------------- reading the dictionaries
def _date(text: str) -> date | None:
    digits = text.strip()
    try:
        if len(digits) == 6:
            yy = int(digits[:2])
            return date(2000 + yy if yy <= 30 else 1900 + yy, int(digits[2:4]), int(digits[4:6]))
        if len(digits) == 8:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return None


def _terms(line: str) -> list[Term]:
    out = []
    for body in CODE.findall(line):
        parts = body.split()
        if not parts or parts[0].startswith("-") or parts[0].startswith("~"):
            continue
        code, span = parts[0], "".join(parts[1:])
        if not span or span.startswith(">"):
            out.append(Term(code, None, True))
        elif span.startswith("<"):
            out.append(Term(code, _date(span[1:]), False))
        elif "-" in span:
            out.append(Term(code, _date(span.split("-")[1]), False))
        else:
            out.append(Term(code, None, True))
    return out


def read_groups(path: Path) -> list[Group]:
    """The entries of a TABARI actor file: each root line is an entry, its ``+`` lines are its synonyms, and the
    ``[...]`` codes that follow (on the root's line or below) belong to every root since the last codes."""
    groups: list[Group] = []
    pending: list[Group] = []  # roots still waiting for their codes
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        note = raw.split("#", 1)[1] if "#" in raw else ""
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        terms = _terms(line)
        name = CODE.sub("", line.lstrip("+")).strip()
        if line.startswith("+"):
            if groups and name:
                groups[-1].names.append(name)
        elif name:
            if pending and pending[-1].terms:
                pending = []
            groups.append(Group([name], note=note))
            pending.append(groups[-1])
        if terms:
            for group in pending:
                group.terms += terms
    return groups


def read_agents(path: Path) -> frozenset[str]:
    """Every word of the role phrases (``PRESIDENT``, ``FOREIGN_MINISTER``, ``!PERSON!`` expanded), lower case."""
    macros: dict[str, list[str]] = {}
    words: set[str] = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if re.match(r"^!\w+!\s*=", line):
            key, values = line.split("=", 1)
            macros[key.strip()] = [v.strip().lower() for v in values.split(",")]
            words.update(macros[key.strip()])
            continue
        phrase = re.split(r"[\[{]", line)[0]
        for macro in macros:
            phrase = phrase.replace(macro, " ")
        words.update(w.lower() for w in re.split(r"[_\s]+", phrase) if w.isalpha())
    return frozenset(w for w in words if len(w) >= 3 and w not in PARTICLES and w not in FUNCTION_WORDS)


def read_discards(path: Path) -> frozenset[str]:
    """The discard phrases, folded ("manchester united")."""
    out = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip().lstrip("+").strip()
        if line and not line.isdigit():
            out.add(fold(line))
    return frozenset(out)


def read_common_words(ewt: Path) -> frozenset[str]:
    """Words written in lower case, not as proper nouns, in the UD English EWT treebank: common English."""
    out: set[str] = set()
    for path in sorted(ewt.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 3 and cols[0].isdigit() and cols[3] != "PROPN" and cols[1].isalpha() \
                    and cols[1] == cols[1].lower():
                out.add(cols[1])
    return frozenset(out)


def read_table(path: Path, columns: int) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            if len(cells) != columns:
                raise ValueError(f"{path.name}: expected {columns} fields: {line!r}")
            rows.append(cells)
    return rows


# --------------------------------------------------------------------- names
def fold(text: str) -> str:
    """Tokens, lower case, accents stripped, joined by spaces: how the gazetteer compares aliases."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(TOKEN.findall(plain.casefold()))


#: The numerals of a monarch's name (II to XII).
ROMAN = re.compile(r"(?i)(?:ii|iii|iv|vi|vii|viii|ix|xii)")  # not "Xi", a name


def _case_word(word: str, first: bool, acronym: bool) -> str:
    parts = re.split(r"([-'’.])", word)
    out = []
    for i, part in enumerate(parts):
        if not part or not part.isalnum():
            out.append(part)
        elif acronym or not VOWELS & set(part.upper()) or any(c.isdigit() for c in part) \
                or not first and ROMAN.fullmatch(part):  # "Mswati III", "Abdullah II"
            out.append(part.upper())
        elif part.lower() in PARTICLES and not (first and i == 0):
            out.append(part.lower())
        elif i > 0 and parts[i - 1] in ("'", "’") and len(part) == 1:
            out.append(part.lower())  # "Children's"
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "".join(out)


def phoenix_name(raw: str) -> list[str]:
    """A Phoenix phrase ("BAN_KI-MOON_", "BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_") as names in news case: the
    phrase, and an acronym in brackets as a name of its own."""
    out = []
    for acronym in re.findall(r"\(([A-Z0-9.&-]{2,8})\)", raw):
        out.append(acronym)
    phrase = re.sub(r"\([^)]*\)", " ", raw).replace("_", " ")
    words = phrase.split()
    if not words or not NAME_CHARS.match(" ".join(words)):
        return out
    letters = "".join(words).replace(".", "")
    acronym = len(words) == 1 and (len(letters) <= 3 or "." in words[0])
    out.insert(0, " ".join(_case_word(w, i == 0, acronym) for i, w in enumerate(words)))
    return out


class Vocabulary:
    """What the builder knows about words: common English, role words, discards, demonyms."""

    def __init__(self, common: frozenset[str], roles: frozenset[str], discards: frozenset[str],
                 demonyms: frozenset[str]) -> None:
        self.common, self.roles, self.discards, self.demonyms = common, roles, discards, demonyms

    def usable(self, alias: str) -> bool:
        """An alias worth matching: not a discard; one word only when a capitalised proper name of three letters or
        more that is not common English nor a role word; several words only when not all common or role words."""
        key = fold(alias)
        words = key.split()
        if not words or key in self.discards or not alias[:1].isupper():
            return False
        if len(words) == 1:
            return len(key) >= 3 and key not in self.common and key not in self.roles
        return not all(w in self.common or w in self.roles or w in PARTICLES for w in words)

    def strip_titles(self, name: str) -> str:
        """"President Karzai" -> "Karzai"; "Russian President Yeltsin" -> "Yeltsin"."""
        words = name.split()
        while len(words) > 1 and (self._role(words[0]) or fold(words[0]) in PREFIXES
                                  or fold(words[0]) in self.demonyms and self._role(words[1])):
            words = words[1:]
        return " ".join(words)

    def _role(self, word: str) -> bool:
        return all(w in self.roles for w in fold(word).split())

    def is_person(self, group: Group, names: list[str]) -> bool:
        """A Phoenix entry names a person: two to five words, none a role word, not all common words."""
        if not names:
            return False
        name = self.strip_titles(names[0])
        words = fold(name).split()
        if not 2 <= len(name.split()) <= 5 or any(w in self.roles or w in PLACE_WORDS for w in words):
            return False
        return "CountryInfo" in group.note or not all(w in self.common or w in PARTICLES for w in words)


# --------------------------------------------------------------------- the builder
class Builder:
    """Collects rows and aliases; curated aliases win, and an alias two built entities claim is dropped."""

    def __init__(self, curated: list[list[str]], vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.rows: dict[tuple[str, str, str], Row] = {}
        self.claims: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        self.curated: dict[str, tuple[str, str, str]] = {}
        self.table: dict[str, tuple[str, str, str]] = {}  # aliases from the country table: they beat Phoenix's
        self.org_names: dict[str, str] = {}
        for name, country, kind, _role, _until, aliases in curated:
            for alias in aliases.split("|"):
                self.curated.setdefault(fold(alias), (name, country, kind))
            if kind == "organisation":
                self.org_names.setdefault(country, name)
        #: Surnames of current people: a one-word alias of someone else ("Sharif" of Nawaz Sharif) is ambiguous.
        self.surnames = {fold(a).split()[-1] for _, _, kind, _, _, aliases in curated if kind == "person"
                         for a in aliases.split("|") if len(fold(a).split()) > 1}

    def row(self, name: str, country: str, kind: str, role: str = "", until: str = "") -> Row:
        key = (name, country, kind)
        if key not in self.rows:
            self.rows[key] = Row(name, country, kind, role, until)
        return self.rows[key]

    def add(self, row: Row, aliases: list[str], checked: bool = True) -> None:
        """Give ``row`` these aliases (``checked``: only those the vocabulary finds usable)."""
        key = (row.name, row.country, row.kind)
        for alias in aliases:
            alias = " ".join(alias.split())
            if checked and not self.vocabulary.usable(alias):
                continue
            owner = self.curated.get(fold(self.vocabulary.strip_titles(alias)), key)
            if checked and owner != key:
                continue  # "Sheikh Hassan Nasrallah" under Hezbollah: a curated person of his own
            row.aliases.setdefault(alias, None)
            self.claims[fold(alias)].add(key)
            if not checked:
                self.table.setdefault(fold(alias), key)

    def linked(self, names: list[str], kinds: tuple[str, ...], country: str = "") -> tuple[str, str, str] | None:
        """The curated entity a Phoenix entry is: one of its names of two words or more is a curated alias of that
        kind (and of that country, when one is given)."""
        for name in names:
            hit = self.curated.get(fold(name))
            if hit and hit[2] in kinds and len(fold(name).split()) >= 2 and country in ("", hit[1]):
                return hit
        return None

    def rows_out(self) -> list[Row]:
        """Every row with the aliases it alone claims and no curated entity claims (curated rows keep theirs)."""
        out = []
        countries: dict[str, set[str]] = defaultdict(set)
        for name, country, _ in self.curated.values():
            countries[name].add(country)
        for key, row in self.rows.items():
            if countries.get(row.name, {row.country}) != {row.country}:
                continue  # "National Liberation Army" of Bolivia: the name is a curated entity's
            kept = [a for a in row.aliases if self.curated.get(fold(a), key) == key
                    and self.table.get(fold(a), key) == key and (fold(a) in self.table or self.claims[fold(a)] == {key})]
            if kept:
                out.append(Row(row.name, row.country, row.kind, row.role, row.until, dict.fromkeys(kept)))
        return sorted(out, key=lambda r: (("country", "government", "organisation", "armed_group",
                                           "person").index(r.kind), r.country, r.name))


def _plural(demonym: str) -> list[str]:
    """"Russian" -> "Russians"; "Chinese", "Swiss", "French" stay as they are."""
    return [] if re.search(r"(?:ese|sh|ch|ss|s|x|z|o)$", demonym) or " " in demonym else [demonym + "s"]


def _similar(alias: str, names: list[str]) -> bool:
    """A spelling of one of the country's names ("Afganistan", "Congo-Kinshasa", "State of Israel")."""
    key = fold(alias)
    return any(fuzz.ratio(key, fold(n)) >= 85 or f" {fold(n)} " in f" {key} " for n in names)


@dataclass(frozen=True)
class Country:
    """One row of ``tools/actors/countries.tsv``."""

    iso3: str
    name: str
    aliases: list[str]
    demonyms: list[str]
    capitals: list[str]
    metonyms: list[str]


def read_countries(path: Path) -> list[Country]:
    out = []
    for iso3, name, aliases, demonyms, capital, seats in read_table(path, 6):
        split = [x for x in capital.split("|") if x]
        place_only = [x for x in split if x.startswith("~")]
        capitals = [x.lstrip("~") for x in split]
        metonyms = [x for x in split if x not in place_only] + [x for x in seats.split("|") if x]
        out.append(Country(iso3, name, [a for a in aliases.split("|") if a], [d for d in demonyms.split("|") if d],
                           capitals, metonyms))
    return out


def build(phoenix: Path, ewt: Path) -> tuple[list[Row], list[tuple[str, str, list[str]]], Counter[str]]:
    """The actor rows, the place rows and counts of what was dropped and why."""
    dropped: Counter[str] = Counter()
    countries = read_countries(INPUTS / "countries.tsv")
    demonyms = frozenset(fold(d) for c in countries for d in c.demonyms)
    common = read_common_words(ewt) if ewt.is_dir() else frozenset()
    vocabulary = Vocabulary(common, read_agents(phoenix / "Phoenix.agents.txt"),
                            read_discards(phoenix / "Phoenix.discards.txt"), demonyms)
    curated = read_table(RESOURCES / "actors.tsv", 6)
    builder = Builder(curated, vocabulary)
    words = [w for w in (INPUTS / "government_words.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    by_iso = {c.iso3: c for c in countries}
    places: dict[str, tuple[str, str, list[str]]] = {}
    place_claims: dict[str, set[str]] = defaultdict(set)
    country_places: dict[str, tuple[str, str, list[str]]] = {}  # countries are places too ("in Muscat, Oman")

    def place(name: str, iso3: str) -> None:
        places.setdefault(fold(name), (name, iso3, [name]))
        place_claims[fold(name)].add(iso3)

    # countries: names, demonyms, governments; an ISO name another country's row gives ("Congo") is left out
    taken = {fold(n): c.iso3 for c in countries for n in (c.name, *c.aliases)}
    for c in countries:
        iso = pycountry.countries.get(alpha_3=c.iso3)
        iso_names = [n for n in (getattr(iso, "name", ""), getattr(iso, "common_name", ""),
                                 getattr(iso, "official_name", "")) if n and "," not in n]
        names = [c.name, *c.aliases, *[n for n in iso_names if fold(n) not in taken or taken[fold(n)] == c.iso3]]
        builder.add(builder.row(c.name, c.iso3, "country"),
                    names + c.demonyms + [p for d in c.demonyms for p in _plural(d)], checked=False)
        government = [*c.metonyms, f"government of {c.name}", f"{c.name} government"]
        government += [] if c.name.endswith("s") else [f"{c.name}'s government"]
        government += [f"{d} {w}" for d in c.demonyms for w in words]
        builder.add(builder.row(c.name, c.iso3, "government"), government, checked=False)
        for capital in c.capitals:
            place(capital, c.iso3)
        country_places[c.iso3] = (c.name, c.iso3, list(dict.fromkeys(names)))
    for iso in pycountry.countries:  # territories the table leaves out: Hong Kong, Puerto Rico, Gibraltar
        if iso.alpha_3 not in by_iso:
            name = getattr(iso, "common_name", None) or iso.name
            if "," not in name:
                builder.add(builder.row(name, iso.alpha_3, "country"), [name], checked=False)
                country_places[iso.alpha_3] = (name, iso.alpha_3, [name])

    # Phoenix countries file: the country entries give name variants and places; the others people and organs
    for group in read_groups(phoenix / "Phoenix.Countries.actors.txt"):
        names = [n for raw in group.names for n in phoenix_name(raw)]
        latest, still = _latest(group.terms)
        if latest is not None and still and latest.code in by_iso:
            c = by_iso[latest.code]
            known = [c.name, *c.aliases]
            for name in names:
                if _similar(name, known):
                    builder.add(builder.row(c.name, c.iso3, "country"), [name])
                elif fold(name) in demonyms or fold(name) in {fold(x) for x in c.capitals}:
                    continue
                elif vocabulary.usable(name) and not any(w in vocabulary.roles for w in fold(name).split()) \
                        and len(fold(name)) > 3 and not name.isupper():
                    place(name, c.iso3)
            continue
        _entry(builder, group, names, by_iso, dropped)

    for group in read_groups(phoenix / "Phoenix.International.actors.txt"):
        names = [n for raw in group.names for n in phoenix_name(raw)]
        codes = [_organisation(t.code) for t in group.terms if t.code.startswith("IGO")]
        if codes and codes[-1] and names:
            _international(builder, group, names, codes[-1], dropped)
    for group in read_groups(phoenix / "Phoenix.MilNonState.actors.txt"):
        names = [n for raw in group.names for n in phoenix_name(raw)]
        if names and group.terms:
            code = group.terms[0].code
            country = code[:3] if code[:3] in by_iso else _organisation(code)
            if vocabulary.is_person(group, names):
                _person(builder, group, names, country, "armed group", dropped)
                continue
            linked = builder.linked(names, ("armed_group",), country)
            row = builder.row(*linked) if linked else builder.row(names[0], country, "armed_group", "armed group")
            builder.add(row, names)

    place_rows = [(name, iso3, aliases) for key, (name, iso3, aliases) in sorted(places.items())
                  if len(place_claims[key]) == 1]
    dropped["ambiguous places"] = len(places) - len(place_rows)
    return builder.rows_out(), list(country_places.values()) + place_rows, dropped


def _organisation(code: str) -> str:
    """The organisation a CAMEO IGO code names: its last three-letter part that is no region or sector
    (IGOUNODEVWBK: WBK, the World Bank; IGOEAFDEVIAD: IAD, IGAD; IGOUNO: UNO), or "" when there is none."""
    parts = [code[i:i + 3] for i in range(3, len(code), 3)]
    return next((p for p in reversed(parts) if p not in ROLES and p not in SECTORS), "")


def _latest(terms: list[Term]) -> tuple[Term | None, bool]:
    """The latest term and whether it is still open (no end date)."""
    if not terms:
        return None, True
    opened = [t for t in terms if t.open]
    if opened:
        return opened[-1], True
    ended = [t for t in terms if t.end is not None]
    return (max(ended, key=lambda t: t.end or date.min) if ended else terms[-1]), False


def _person(builder: Builder, group: Group, names: list[str], country: str, role: str,
            dropped: Counter[str]) -> None:
    latest, still = _latest(group.terms)
    if not still and (latest is None or latest.end is None or latest.end < KEEP_FROM):
        dropped["people whose terms ended before 2005"] += 1
        return
    aliases = list(dict.fromkeys(builder.vocabulary.strip_titles(n) for n in names))
    aliases = [a for a in aliases if len(fold(a).split()) > 1 or fold(a) not in builder.surnames]
    if not aliases:
        return
    linked = builder.linked(aliases, ("person",))
    if linked:
        builder.add(builder.row(*linked), aliases)
        return
    until = "" if still or latest is None or latest.end is None else latest.end.isoformat()
    builder.add(builder.row(aliases[0], country, "person", role, until), aliases)


def _entry(builder: Builder, group: Group, names: list[str], by_iso: dict[str, Country],
           dropped: Counter[str]) -> None:
    """A Phoenix country-file entry that is not a country: a person, a state organ or an armed group."""
    latest, still = _latest(group.terms)
    if latest is None or not names:
        return
    country, role = latest.code[:3], latest.code[3:6]
    if country not in by_iso:
        return
    if builder.vocabulary.is_person(group, names):
        _person(builder, group, names, country, ROLES.get(role, ""), dropped)
    elif not still and (latest.end is None or latest.end < KEEP_FROM):
        dropped["organs and groups gone before 2005"] += 1
    elif role in STATE_ROLES:
        builder.add(builder.row(by_iso[country].name, country, "government"), names)
    elif role in ARMED_ROLES:
        linked = builder.linked(names, ("armed_group",), country)
        row = builder.row(*linked) if linked else builder.row(names[0], country, "armed_group", ROLES[role])
        builder.add(row, names)


def _international(builder: Builder, group: Group, names: list[str], code: str, dropped: Counter[str]) -> None:
    """An international organisation, or one of its officials (their country: the organisation's code)."""
    if builder.vocabulary.is_person(group, names):
        _person(builder, group, names, code, "official", dropped)
        return
    latest, still = _latest(group.terms)
    if not still and (latest is None or latest.end is None or latest.end < KEEP_FROM):
        dropped["organisations and officials gone before 2005"] += 1
        return
    linked = builder.linked(names, ("organisation",))
    if linked:
        builder.add(builder.row(*linked), names)
        return
    first = re.sub(r"^The ", "", names[0])
    name = builder.org_names.setdefault(code, first.upper() if " " not in first else first)  # UNESCO, OPEC
    builder.add(builder.row(name, code, "organisation"), names)


HEADER = """# {what}: built by tools/build_actors.py (make actors) from the Phoenix/PETRARCH2 dictionaries
# (openeventdata/petrarch2, petrarch2/data/dictionaries, MIT License, Copyright (c) 2014 Open Event Data Alliance),
# tools/actors/countries.tsv and pycountry (ISO 3166). Do not edit: edit the inputs and rebuild. Hand-curated
# current actors are in actors.tsv; they win every alias they share with this file.
"""


def write(rows: list[Row], places: list[tuple[str, str, list[str]]]) -> None:
    lines = [HEADER.format(what="Actors of the world").rstrip("\n"),
             "# kind: country, government (canonical name: the country's), person, organisation, armed_group.",
             "# country: ISO 3166 alpha-3, or an organisation's CAMEO code. role and until (the latest term's end, "
             "when ended): people.", "# name\tcountry\tkind\trole\tuntil\taliases"]
    lines += ["\t".join((r.name, r.country, r.kind, r.role, r.until, "|".join(r.aliases))) for r in rows]
    (RESOURCES / "actors_world.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [HEADER.format(what="Places of the world: capitals, cities and regions").rstrip("\n"),
             "# name\tcountry\taliases"]
    lines += ["\t".join((name, iso3, "|".join(aliases))) for name, iso3, aliases in places]
    (RESOURCES / "places_world.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=PHOENIX, help="the PETRARCH2 dictionaries directory")
    parser.add_argument("--ewt", type=Path, default=EWT, help="the UD English EWT directory (common words)")
    args = parser.parse_args(argv)
    if not args.phoenix.is_dir():
        print(f"build_actors: {args.phoenix}: no such directory", file=sys.stderr)
        return 2
    rows, places, dropped = build(args.phoenix, args.ewt)
    write(rows, places)
    kinds = Counter(r.kind for r in rows)
    print(f"actors_world.tsv: {len(rows)} entities ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}), "
          f"{sum(len(r.aliases) for r in rows)} aliases; places_world.tsv: {len(places)} places")
    for reason, n in sorted(dropped.items()):
        print(f"  dropped: {n} {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
