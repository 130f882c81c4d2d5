#!/usr/bin/env python3
"""Derive the verb-phrase event lexicon: data/verbs.tsv and data/verb_patterns.tsv.

Usage:  python3 scripts/gen_verbs.py /path/to/shared/data [--out DIR] [--dump DIR]

Inputs
  SHARED/petrarch2_CAMEO.2.0_verbs.txt   PETRARCH-2 CAMEO verb dictionary (Open Event
                                         Data Alliance, MIT): synonym sets, verb blocks
                                         (verbs with optional codes and irregular forms)
                                         and the blocks' patterns with CAMEO codes
  SHARED/plover_CAMEO2PLOVER-2021.txt    PLOVER's CAMEO -> PLOVER table (CC BY-SA 4.0;
                                         the code correspondences are used as facts)
  DIR/inputs/verb_overrides.tsv         reviewed hand decisions (each row has a reason):
                                         CAMEO -> PLOVER mapping where SPEC.md differs
                                         from PLOVER, verb defaults, forms, patterns,
                                         function words
  DIR/inputs/irregular_verbs.tsv        reviewed inflection table: verbs whose forms
                                         the spelling rules below do not produce

Outputs (DIR = --out, default: the data/ folder next to this script)
  verbs.tsv          # group  verb  forms  plover  cameo       (sorted by group, verb)
  verb_patterns.tsv  # group  pattern  plover  cameo  weight   (sorted by group, pattern)

Only the Python standard library is used. The same inputs give the same files byte
for byte. A check table at the bottom of this file (CHECKS: phrase -> expected PLOVER
type, phrases written for this test) is run against the output with a small matcher
that does what data/README.md says the runtime does; the script exits non-zero when a
check or a consistency test fails.

How the PETRARCH file is read (docs/source/dictionaries.rst and
PETRreader.read_verb_dictionary of openeventdata/petrarch2):
  * `--- NAME [code] ---` opens a block; NAME lower-cased (trailing `_` dropped) is the
    group; code is the default of every verb of the block without its own code.
  * A verb line is `VERB {FORMS} [code]`; `+A_B` is a multi-word verb whose `+` word is
    the inflected one; `RE_+X` / `RE-X` are written `re-x` (the text's spelling) and
    also `rex`; braces give irregular forms; `{}` means no other form.
  * `- pre * post [code]` is a pattern: `*` the verb; `{A B}` a contiguous phrase
    (written `a_b`); `(P N ...)` a prepositional phrase: the parentheses are dropped and
    its words kept as separate elements in order (`(to border)` -> `to border`: the
    preposition, then the noun, other words may stand between them, as in PETRARCH where
    the noun is the head of the preposition's object); `&SET` a synonym set; `$ + % ^`
    (source/target/compound/skip markers) are dropped. `[a:b]` -> a (b is the code of
    the reverse event); `[:b]` -> b; `[---]` no event.
  * Synonym-set members get their regular plural (PETRARCH does the same) unless the
    member or the set's label ends in `_`; a plural-less member ending in `s` is kept
    as is. Literal pattern nouns also get their plural as an alternative (`a|as`), as a
    word matcher has no lemmas: `ambassador|ambassadors`.
"""

import argparse
import itertools
import os
import re
import sys
from collections import Counter, OrderedDict, defaultdict

PLOVER_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
    "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT").split()
MAX_ROWS = 20  # a synonym-set expansion larger than this is written as one `a|b|c` element
OVR_KINDS = ("map", "patmap", "group", "verb", "form", "pattern", "stop", "noplural")


def die(msg):
    sys.stderr.write("gen_verbs: error: %s\n" % msg)
    sys.exit(1)


# ------------------------------------------------------------------ English spelling
VOWELS = set("aeiou")


def is_cvc(w):
    """Single-syllable word ending consonant-vowel-consonant (doubling candidates)."""
    if len(w) < 3 or w[-1] in VOWELS or w[-1] in "wxy":
        return False
    if w[-2] not in VOWELS or w[-3] in VOWELS:
        # "qu" counts as a consonant: quit -> quitting
        if not (w[-2] in VOWELS and w[-3] == "u" and len(w) > 3 and w[-4] == "q"):
            return False
    core = w[:-1]
    if core.startswith("qu"):
        core = core[2:]
    groups = re.findall(r"[aeiouy]+", core[1:] if core[:1] == "y" else core)
    return len(groups) == 1


def third_person(w):
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    if w.endswith("o") and len(w) > 1 and w[-2] not in VOWELS:
        return w + "es"
    return w + "s"


def past(w):
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "ied"
    if is_cvc(w):
        return w + w[-1] + "ed"
    return w + "ed"


def gerund(w):
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith(("ee", "ye", "oe")) or w in ("be", "singe"):
        return w + "ing"
    if w.endswith("e") and len(w) > 2:
        return w[:-1] + "ing"
    if is_cvc(w):
        return w + w[-1] + "ing"
    return w + "ing"


def regular_forms(w):
    return [w, third_person(w), past(w), gerund(w)]


def noun_plural(w):
    """Regular plural of a noun (used for synonym-set members and pattern nouns)."""
    if w.endswith("s"):
        return None
    if w.endswith(("x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def ise_variant(form):
    """British -ise/-yse spelling of an -ize/-yze form (criticize -> criticise)."""
    m = re.match(r"^(.*[a-z]{3})(iz|yz)(e|es|ed|ing)$", form)
    if not m:
        return None
    stem = m.group(1) + m.group(2)
    if stem.endswith(("seiz", "siz", "priz")) or stem in ("capsiz",):
        return None
    return m.group(1) + m.group(2)[0] + "s" + m.group(3)


# ------------------------------------------------------------------ readers
def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != ncols:
                die("%s:%d: %d columns, want %d" % (path, n, len(cells), ncols))
            rows.append((n, cells))
    return rows


def read_plover(path):
    table = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#")[0].strip()
            m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
            if not m:
                continue
            code, typ = m.group(1), m.group(2)
            if typ not in PLOVER_TYPES:
                die("PLOVER table: unknown type %s for %s" % (typ, code))
            table.setdefault(code, typ)  # first wins (08: CONCEDE, then 08: RETREAT)
    return table


def parse_code(s):
    """'[162]' -> '162'; '[042:043]' -> '042'; '[:173]' -> '173'; '[---]' -> None."""
    s = s.strip().strip("[]").rstrip("-").strip()
    if not s or s.startswith("---"):
        return None
    parts = [re.sub(r"\D+$", "", p) for p in s.split(":") if p and p != "---"]
    parts = [p for p in parts if p]
    if not parts:
        return None
    if not re.fullmatch(r"\d{2,4}", parts[0]):
        die("bad CAMEO code %r" % s)
    return parts[0]


SETNAMES = set()  # synonym-set names (some contain `_`: &FIGHT_OF_WORDS), filled by read_petrarch


def read_petrarch(path):
    """Return (synsets, blocks).  synsets: name -> (no_plural_label, [member...]);
    blocks: list of dict(name, code, verbs=[(lineno, text)], pats=[(lineno, text)])."""
    synsets = OrderedDict()
    blocks = []
    state = "head"
    cur = None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for n, raw in enumerate(lines, 1):
        if raw.startswith("####### SYNONYM SETS"):
            state = "syn"
            continue
        if raw.startswith("####### VERB PATTERNS"):
            state = "verbs"
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            state = "end"
            continue
        if state == "syn":
            s = raw.split("#")[0].strip()
            if not s:
                continue
            if s.startswith("&"):
                cur = s
                synsets[cur] = []
                SETNAMES.add(cur)
            elif s.startswith("+") and cur:
                synsets[cur].append(s[1:].strip())
            else:
                die("%s:%d: unexpected synonym-set line" % (path, n))
        elif state == "verbs":
            if not raw.strip() or raw.startswith("#") or raw.startswith("<!"):
                continue
            if raw.startswith("---"):
                m = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\]\S*)\s+---\s*$", raw)
                if not m:
                    die("%s:%d: bad block header" % (path, n))
                blocks.append({"name": m.group(1), "code": parse_code(m.group(2)),
                               "verbs": [], "pats": [], "line": n})
            elif raw.startswith("-"):
                blocks[-1]["pats"].append((n, raw))
            else:
                blocks[-1]["verbs"].append((n, raw))
    return synsets, blocks


def group_name(block_name):
    return block_name.lower().rstrip("_")


def verb_words(spec):
    """'+CALL_OFF' -> (['call','off'], 0); 'RE_+ARREST' -> (['re-arrest'], 0)."""
    s = spec.lower()
    s = re.sub(r"^re_\+?", "re-", s)
    words = s.split("_")
    head = 0
    for i, w in enumerate(words):
        if w.startswith("+"):
            head = i
    words = [w.lstrip("+") for w in words if w.lstrip("+")]
    return words, head


def parse_verb_line(text):
    """Return (spec, brace_forms or None, code or None, has_code)."""
    body = text.split("#")[0]
    body = body.split(";")[0]  # legacy ';' comments ("SCRAP {...};shan 8/30/93")
    code = None
    has_code = False
    m = re.search(r"\[([^\]]*)\]\s*$", body.strip())
    if m:
        has_code = True
        code = parse_code(m.group(0))
        body = body.strip()[:m.start()]
    braces = None
    mb = re.search(r"\{([^}]*)\}", body)
    if mb:
        braces = [f for f in re.split(r"[\s,]+", mb.group(1)) if f]
        body = body[:mb.start()] + body[mb.end():]
    toks = body.split()
    if len(toks) != 1:
        die("verb line %r: %d words" % (text, len(toks)))
    return toks[0], braces, code, has_code


# ------------------------------------------------------------------ pattern parsing
def tokenize_pattern(body):
    body = re.sub(r"([{}()])", r" \1 ", body)
    return body.split()


def parse_pattern(text):
    """Return (pre, post, code, raw_code) where pre/post are lists of elements:
    ('w', word, in_prep) | ('s', SETNAME, in_prep) | ('p', [part...], in_prep),
    part = ('w', word) | ('s', SETNAME)."""
    body = text[1:].split("#")[0]
    m = re.search(r"\[([^\]]*)\]\s*$", body.strip())
    if not m:
        die("pattern without code: %r" % text)
    raw_code = m.group(0)
    code = parse_code(raw_code)
    body = body.strip()[:m.start()]
    toks = tokenize_pattern(body)
    pre, post = [], []
    side = pre
    nverb = 0
    depth_paren = 0
    phrase = None
    for t in toks:
        if t == "(":
            depth_paren += 1
            continue
        if t == ")":
            depth_paren = max(0, depth_paren - 1)
            continue
        if t == "{":
            phrase = []
            continue
        if t == "}":
            if phrase:
                side.append(("p", phrase, depth_paren > 0))
            phrase = None
            continue
        if t in ("*", "**"):
            nverb += 1
            side = post
            continue
        if t in ("$", "+", "%", "^"):
            continue
        t = t.strip("$+%^")
        if not t:
            continue
        if t.startswith("&"):
            el = ("s", t)  # a set name may contain `_` (&FIGHT_OF_WORDS)
        else:
            raw = t.rstrip("_")
            t = raw.lower()
            if "_" in t:
                parts = [("s", x) if x.startswith("&") else ("w", x.lower())
                         for x in raw.split("_") if x]
                if phrase is not None:
                    phrase.extend(parts)
                    continue
                side.append(("p", parts, depth_paren > 0))
                continue
            el = ("w", t)
        if phrase is not None:
            phrase.append(el)
        else:
            side.append((el[0], el[1], depth_paren > 0))
    if nverb != 1:
        return None
    return pre, post, code, raw_code


# ------------------------------------------------------------------ overrides
class Overrides:
    def __init__(self, path):
        self.map = {}          # cameo code or prefix* -> plover or ''
        self.patmap = {}       # (group, code or prefix* or *) -> (plover, cameo): patterns of one group
        self.group = {}        # group -> (plover, cameo)
        self.verb = {}         # (group, verb) -> (plover, cameo)
        self.verb_drop = set()  # (group, verb): not a verb (a noun, a form listed as a verb)
        self.verb_add = set()   # (group, verb): a verb PETRARCH lacks, added to a block
        self.form_add = defaultdict(list)   # (group, verb) -> [form]
        self.form_drop = defaultdict(set)   # (group, verb) -> {form}
        self.pattern = {}      # (group, pattern) -> ('drop'|'set', plover, cameo, weight, reason)
        self.stop = set()
        self.noplural = set()
        self.used = set()
        self.rows = read_tsv(path, 8)
        seen = set()
        for n, (kind, group, key, value, plover, cameo, weight, reason) in self.rows:
            where = "%s:%d" % (path, n)
            if kind not in OVR_KINDS:
                die("%s: unknown kind %r" % (where, kind))
            if not reason.strip():
                die("%s: row without a reason" % where)
            if plover and plover not in PLOVER_TYPES:
                die("%s: unknown PLOVER type %r" % (where, plover))
            if cameo and not re.fullmatch(r"\d{2,4}", cameo):
                die("%s: bad CAMEO code %r" % (where, cameo))
            if weight and weight not in ("1", "2", "3"):
                die("%s: bad weight %r" % (where, weight))
            ident = (kind, group, key, value)
            if ident in seen:
                die("%s: duplicate row" % where)
            seen.add(ident)
            if kind == "map":
                self.map[key] = plover
            elif kind == "patmap":
                self.patmap[(group, key)] = (plover, cameo)
            elif kind == "group":
                self.group[group] = (plover, cameo)
            elif kind == "verb":
                if value not in ("", "drop", "add"):
                    die("%s: verb value must be empty, drop or add" % where)
                if value == "drop":
                    self.verb_drop.add((group, key))
                else:
                    self.verb[(group, key)] = (plover, cameo)
                    if value == "add":
                        self.verb_add.add((group, key))
            elif kind == "form":
                if value.startswith("+"):
                    self.form_add[(group, key)].append(value[1:])
                elif value.startswith("-"):
                    self.form_drop[(group, key)].add(value[1:])
                else:
                    die("%s: form value must start with + or -" % where)
            elif kind == "pattern":
                if value not in ("drop", "set", "add"):
                    die("%s: pattern value must be drop, set or add" % where)
                if value != "drop" and not weight:
                    die("%s: pattern row needs a weight" % where)
                self.pattern[(group, key)] = (value, plover, cameo, weight, reason)
            elif kind == "stop":
                self.stop.add(key)
            elif kind == "noplural":
                self.noplural.add(key)
        self.sorted_check(path)

    def sorted_check(self, path):
        keys = [(r[0], r[1], r[2], r[3]) for _, r in self.rows]
        order = {k: i for i, k in enumerate(OVR_KINDS)}
        skeys = sorted(keys, key=lambda k: (order[k[0]], k[1], k[2], k[3]))
        if keys != skeys:
            for a, b in zip(keys, skeys):
                if a != b:
                    die("%s: rows not sorted (kind, group, key, value) near %r" % (path, a))


def map_cameo(code, plover_table, ovr, stats):
    """CAMEO code -> PLOVER type ('' = no event).  Override rows: an exact code, or a
    prefix written `03*`; the longest match wins.  Else the PLOVER table; a code the
    table lacks falls back to its parent code (1246 -> 124)."""
    best = None
    for key, plover in ovr.map.items():
        if key.endswith("*"):
            if code.startswith(key[:-1]) and (best is None or len(key) - 1 > best[0]):
                best = (len(key) - 1, plover, key)
        elif key == code:
            best = (99, plover, key)
    if best is not None:
        ovr.used.add(("map", best[2]))
        return best[1]
    c = code
    while c:
        if c in plover_table:
            if c != code:
                stats["cameo_parent_fallback"].add(code)
            return plover_table[c]
        c = c[:-1]
        if len(c) < 2:
            break
    stats["cameo_unmapped"].add(code)
    return ""


def patmap_lookup(ovr, group, code):
    """Group-scoped code mapping for patterns: exact code, else the longest prefix `03*`,
    else `*` (every pattern of the group).  Returns (plover, cameo) or None."""
    best = None
    for (g, key), val in ovr.patmap.items():
        if g != group:
            continue
        if key == (code or "---"):
            rank = 99
        elif key.endswith("*") and (code or "").startswith(key[:-1]):
            rank = len(key)
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, val, key)
    if best is None:
        return None
    ovr.used.add(("patmap", group, best[2]))
    return best[1]


# ------------------------------------------------------------------ main build
def build_verbs(blocks, irregular, ovr, plover_table, stats):
    """Return dict (group, verb) -> {'forms': [...], 'plover', 'cameo'}."""
    verbs = OrderedDict()
    for b in blocks:
        g = group_name(b["name"])
        for n, text in b["verbs"]:
            spec, braces, own_code, has_code = parse_verb_line(text)
            words, head = verb_words(spec)
            base = " ".join(words)
            key = (g, base)
            code = own_code if has_code else b["code"]
            if key in verbs:
                stats["verb_duplicate_lines"] += 1
                if verbs[key]["petrarch_code"] is None and code is not None:
                    verbs[key]["petrarch_code"] = code
                if braces:
                    verbs[key]["braces"] = (verbs[key]["braces"] or []) + braces
                continue
            verbs[key] = {"words": words, "head": head, "braces": braces,
                          "petrarch_code": code, "line": n}
    groups = set(g for g, _ in verbs)
    for key in sorted(ovr.verb_add):
        if key in verbs or key[0] not in groups:
            die("verb add %s/%s: already there, or unknown group" % key)
        verbs[key] = {"words": key[1].split(" "), "head": 0, "braces": None,
                      "petrarch_code": None, "line": 0}
        stats["verbs_added"] += 1
    out = OrderedDict()
    for key, v in verbs.items():
        g, base = key
        if key in ovr.verb_drop:
            ovr.used.add(("verb", g, base))
            stats["verbs_dropped"] += 1
            continue
        words, head = v["words"], v["head"]
        hw = words[head]
        forms = []

        def with_head(form_word):
            ws = list(words)
            ws[head] = form_word
            return " ".join(ws)

        if base in irregular and len(words) > 1:
            # a multi-word verb listed whole (its forms written out)
            stats["irregular_table_used"].add(base)
            forms = list(irregular[base])
        elif hw in irregular:
            heads = irregular[hw]
            stats["irregular_table_used"].add(hw)
            forms = [with_head(f) for f in heads]
            if v["braces"] is not None:
                for f in v["braces"]:
                    ff = " ".join(verb_words(f)[0])
                    if ff not in forms:
                        stats["brace_forms_not_in_table"].append((g, base, ff))
        elif v["braces"] is not None:
            given = [" ".join(verb_words(f)[0]) for f in v["braces"]]
            if not given:
                forms = [base]  # `{}`: the phrase as written, nothing generated
            else:
                reg = [with_head(f) for f in regular_forms(hw)]
                missing = [f for f in reg if f not in given and f != base]
                if missing:
                    stats["brace_unreviewed"].append((g, base, given, missing))
                forms = [base] + given
        else:
            forms = [with_head(f) for f in regular_forms(hw)]
        # British -ise spellings of -ize verbs
        extra = []
        for f in forms:
            ws = f.split(" ")
            var = ise_variant(ws[head]) if len(ws) > head else None
            if var:
                ws[head] = var
                extra.append(" ".join(ws))
        forms += extra
        # re- prefix: also the closed spelling (re-arrest -> rearrest)
        if base.startswith("re-"):
            forms += [f.replace("re-", "re", 1) for f in forms if f.startswith("re-")]
        forms += ovr.form_add.get(key, [])
        drops = ovr.form_drop.get(key, set())
        for d in drops:
            if d not in forms:
                die("form override: %s/%s has no form %r" % (g, base, d))
            ovr.used.add(("form", g, base, "-" + d))
        for f in ovr.form_add.get(key, []):
            ovr.used.add(("form", g, base, "+" + f))
        forms = [f for f in forms if f not in drops]
        seen = set()
        uniq = []
        for f in forms:
            f = f.lower()
            if f not in seen:
                seen.add(f)
                uniq.append(f)
        forms = [uniq[0]] + sorted(uniq[1:]) if uniq and uniq[0] == base else sorted(uniq)
        # default event
        code = v["petrarch_code"]
        if key in ovr.verb:
            plover, cameo = ovr.verb[key]
            ovr.used.add(("verb", g, base))
            stats["verb_default_by_verb_override"] += 1
        elif g in ovr.group:
            plover, cameo = ovr.group[g]
            ovr.used.add(("group", g))
            stats["verb_default_by_group_override"] += 1
        elif code:
            plover, cameo = map_cameo(code, plover_table, ovr, stats), code
            if not plover:
                cameo = ""
        else:
            plover, cameo = "", ""
        if plover == "":
            cameo = ""
        out[key] = {"forms": forms, "plover": plover, "cameo": cameo,
                    "petrarch_code": code}
    for key in list(ovr.verb) + list(ovr.verb_drop):
        if key not in verbs:
            die("verb override for unknown verb %s/%s" % key)
    for key in list(ovr.form_add) + list(ovr.form_drop):
        if key not in out:
            die("form override for unknown verb %s/%s" % key)
    return out


def expand_element(el, synsets, ovr, stats, choice=None):
    """Return the alternatives of one element (list of strings, words joined by '_').
    choice: dict SETNAME -> member index to use (row expansion), else all members."""
    kind = el[0]

    def members(name):
        if name not in synsets:
            raise KeyError(name)
        label_noplural = name.endswith("_")
        mem = synsets[name]
        if choice is not None and name in choice:
            mem = [mem[choice[name]]]
        res = []
        for m in mem:
            noplural = label_noplural or m.endswith("_")
            words = [w for w in re.split(r"[\s_]+", m.lower()) if w]
            res.append((words, noplural))
        return res

    def with_plural(words, noplural):
        alts = ["_".join(words)]
        if not noplural and words[-1] not in ovr.noplural and words[-1] not in ovr.stop \
                and not re.search(r"(men|ism|ness|ing|ed|ly)$", words[-1]):
            p = noun_plural(words[-1])
            if p:
                alts.append("_".join(words[:-1] + [p]))
        return alts

    if kind == "w":
        w = el[1]
        if w in ovr.stop or w in ovr.noplural or re.search(r"(ing|ed|ly)$", w) or "-" in w and w.endswith("-"):
            return [w]
        return with_plural([w], False)
    if kind == "s":
        res = []
        for words, noplural in members(el[1]):
            res.extend(with_plural(words, noplural))
        return res
    # phrase: product of parts; the last part takes the plural
    parts = el[1]
    seqs = []
    for i, p in enumerate(parts):
        last = i == len(parts) - 1
        if p[0] == "w":
            seqs.append([([p[1]], True)])
        elif last:
            seqs.append([(ws, npl) for ws, npl in members(p[1])])
        else:
            # a set member as a modifier: one word, not a plural ({&MILITARY AID} gives
            # military_aid, army_aid, not troops_aid or armed_forces_aid)
            def modifier_ok(ws):
                return len(ws) == 1 and not ws[0].endswith("s")
            full = [m for m in synsets[p[1]]]
            any_ok = any(modifier_ok([w for w in re.split(r"[\s_]+", m.lower()) if w])
                         for m in full)
            mem = members(p[1])
            seqs.append([(ws, npl) for ws, npl in mem if modifier_ok(ws)] if any_ok else mem)
    res = []
    for combo in itertools.product(*seqs):
        words = []
        for ws, _ in combo[:-1]:
            words.extend(ws)
        lw, lnp = combo[-1]
        head_is_word = parts[-1][0] == "w"
        words_all = words + lw
        if head_is_word:
            w = lw[-1]
            noplural = w in ovr.stop or w in ovr.noplural or bool(re.search(r"(ing|ed|ly)$", w))
        else:
            noplural = lnp
        res.extend(with_plural(words_all, noplural))
    return res


def element_sets(el):
    if el[0] == "s":
        return [el[1]]
    if el[0] == "p":
        return [p[1] for p in el[1] if p[0] == "s"]
    return []


def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def source_key(pre, post):
    """The pattern as PETRARCH wrote it, in output syntax: synonym sets as `&name`,
    phrases joined by `_`, no plural alternatives (the key of pattern overrides)."""
    def one(el):
        if el[0] == "w":
            return el[1]
        if el[0] == "s":
            return el[1].lower()
        return "_".join(p[1] if p[0] == "w" else p[1].lower() for p in el[1])
    return " ".join([one(e) for e in pre] + ["*"] + [one(e) for e in post])


def render(pre_alts, post_alts):
    els = ["|".join(a) for a in pre_alts] + ["*"] + ["|".join(a) for a in post_alts]
    return " ".join(els)


def is_function_element(alts, ovr):
    return all(a in ovr.stop for a in alts)


def expand_pattern(pre, post, synsets, ovr, stats):
    """Return list of (pre_alts, post_alts) rows; raises KeyError on undefined set."""
    els = pre + post
    sets = dedupe([s for el in els for s in element_sets(el)])
    for s in sets:
        if s not in synsets:
            raise KeyError(s)
    sizes = {s: len(synsets[s]) for s in sets}
    expand = list(sets)
    # collapse the largest sets into `|` elements until the product fits MAX_ROWS
    while expand:
        prod = 1
        for s in expand:
            prod *= sizes[s]
        if prod <= MAX_ROWS:
            break
        expand.sort(key=lambda s: (-sizes[s], s))
        expand.pop(0)
    rows = []
    ranges = [range(sizes[s]) for s in expand]
    for idx in itertools.product(*ranges):
        choice = dict(zip(expand, idx))
        pre_alts = [dedupe(expand_element(e, synsets, ovr, stats, choice)) for e in pre]
        post_alts = [dedupe(expand_element(e, synsets, ovr, stats, choice)) for e in post]
        if all(pre_alts) and all(post_alts):
            rows.append((pre_alts, post_alts))
    return rows


def pattern_weight(pre, post, pre_alts, post_alts, cameo, ovr):
    """3: a direct object (a content element after the verb, outside a prepositional
    phrase) or a contiguous phrase decides the event; 2: the deciding words are in a
    prepositional phrase, or the code is an intention (03x) or an appeal (02x);
    1: only words before the verb (the subject side) decide."""
    post_content = [(e, a) for e, a in zip(post, post_alts) if not is_function_element(a, ovr)]
    pre_content = [(e, a) for e, a in zip(pre, pre_alts) if not is_function_element(a, ovr)]
    if post_content:
        direct = any(not e[2] for e, _ in post_content)
        w = 3 if direct else 2
    elif pre_content:
        w = 1
    else:
        w = 2
    if cameo.startswith("03") or cameo.startswith("02"):
        w = min(w, 2)
    return w


def is_subpattern(a, b):
    """True when pattern a (pre, post element lists of alternative sets) is implied by
    pattern b: every element of a appears, in order, on the same side of b."""
    def sub(xs, ys):
        j = 0
        for x in xs:
            while j < len(ys) and not set(ys[j]) <= set(x):
                j += 1
            if j == len(ys):
                return False
            j += 1
        return True
    return sub(a[0], b[0]) and sub(a[1], b[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", help="folder with petrarch2_CAMEO.2.0_verbs.txt and "
                    "plover_CAMEO2PLOVER-2021.txt")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "..", "data"))
    ap.add_argument("--dump", help="write review listings to this folder")
    args = ap.parse_args()
    out_dir = os.path.normpath(args.out)
    synsets, blocks = read_petrarch(os.path.join(args.shared, "petrarch2_CAMEO.2.0_verbs.txt"))
    plover_table = read_plover(os.path.join(args.shared, "plover_CAMEO2PLOVER-2021.txt"))
    ovr = Overrides(os.path.join(out_dir, "inputs", "verb_overrides.tsv"))
    irregular = {}
    for n, (verb, forms, note) in read_tsv(os.path.join(out_dir, "inputs", "irregular_verbs.tsv"), 3):
        fl = forms.split(";")
        if fl[0] != verb or len(set(fl)) != len(fl) or not note:
            die("irregular_verbs.tsv:%d: forms must start with the verb, no repeats, a note" % n)
        if verb in irregular:
            die("irregular_verbs.tsv:%d: duplicate verb" % n)
        irregular[verb] = fl
    stats = defaultdict(set)
    for k in ("verb_duplicate_lines", "verb_default_by_verb_override",
              "verb_default_by_group_override", "verbs_dropped", "verbs_added"):
        stats[k] = 0
    stats["brace_unreviewed"] = []
    stats["brace_forms_not_in_table"] = []

    verbs = build_verbs(blocks, irregular, ovr, plover_table, stats)
    if stats["brace_unreviewed"]:
        for g, base, given, missing in stats["brace_unreviewed"]:
            sys.stderr.write("unreviewed braces: %s/%s given %s, regular %s missing\n"
                             % (g, base, given, missing))
        die("%d verbs with braces need a row in irregular_verbs.tsv"
            % len(stats["brace_unreviewed"]))

    # ---------------------------------------------------------------- patterns
    group_defaults = defaultdict(set)
    for (g, base), v in verbs.items():
        group_defaults[g].add((v["plover"], v["cameo"][:2]))
    drops = Counter()
    cands = []  # dicts
    for b in blocks:
        g = group_name(b["name"])
        for n, text in b["pats"]:
            parsed = parse_pattern(text)
            if parsed is None:
                drops["no single verb marker"] += 1
                continue
            pre, post, code, raw_code = parsed
            try:
                rows = expand_pattern(pre, post, synsets, ovr, stats)
            except KeyError as e:
                drops["undefined synonym set %s" % e.args[0]] += 1
                continue
            plover = map_cameo(code, plover_table, ovr, stats) if code else ""
            pm = patmap_lookup(ovr, g, code)
            if pm is not None:
                plover, code = pm[0], (pm[1] or code)
            skey = source_key(pre, post)
            for pre_alts, post_alts in rows:
                pat = render(pre_alts, post_alts)
                cands.append({"group": g, "pattern": pat, "pre": pre, "post": post,
                              "pre_alts": pre_alts, "post_alts": post_alts,
                              "code": code or "", "plover": plover, "line": n,
                              "skey": skey, "src": text.split("#")[0].strip()})
    # hand-added patterns
    for (g, pat), (value, plover, cameo, weight, reason) in sorted(ovr.pattern.items()):
        if value != "add":
            continue
        els = pat.split(" ")
        if els.count("*") != 1:
            die("added pattern %r: exactly one *" % pat)
        i = els.index("*")
        pre_alts = [e.split("|") for e in els[:i]]
        post_alts = [e.split("|") for e in els[i + 1:]]
        cands.append({"group": g, "pattern": pat, "pre": None, "post": None,
                      "pre_alts": pre_alts, "post_alts": post_alts, "code": cameo,
                      "plover": plover, "line": 0, "src": "override", "weight": int(weight),
                      "skey": pat})
        ovr.used.add(("pattern", g, pat))
        if g not in group_defaults:
            die("added pattern for unknown group %s" % g)

    # rule: a group left without verbs (its verbs were nouns or misspellings) keeps no pattern
    verb_groups = set(g for g, _ in verbs)
    kept = []
    for c in cands:
        if c["group"] not in verb_groups:
            drops["group without verbs"] += 1
            continue
        kept.append(c)
    cands = kept

    # pattern-level overrides (set / drop) keyed by the rendered pattern, or by the
    # source pattern before synonym-set expansion (`* &military`)
    kept = []
    for c in cands:
        key = (c["group"], c["pattern"])
        if key not in ovr.pattern or ovr.pattern[key][0] == "add":
            key = (c["group"], c["skey"])
        if c["src"] != "override" and key in ovr.pattern and ovr.pattern[key][0] != "add":
            value, plover, cameo, weight, reason = ovr.pattern[key]
            ovr.used.add(("pattern",) + key)
            if value == "drop":
                drops["hand review (verb_overrides.tsv): %s" % reason.split(":")[0]] += 1
                continue
            c["plover"], c["code"], c["weight"] = plover, cameo, int(weight)
            c["set"] = True
        kept.append(c)
    cands = kept

    # rule: elements only function words / pronouns
    kept = []
    for c in cands:
        content = [a for a in c["pre_alts"] + c["post_alts"] if not is_function_element(a, ovr)]
        if not content and c["src"] != "override" and not c.get("set"):
            drops["only function words or pronouns"] += 1
            continue
        kept.append(c)
    cands = kept

    # weights
    for c in cands:
        if "weight" not in c:
            c["weight"] = pattern_weight(c["pre"], c["post"], c["pre_alts"], c["post_alts"],
                                         c["code"], ovr)
        if not c["plover"]:
            c["code"] = ""

    # duplicates and conflicts: same group and pattern, or a pattern whose every element
    # is a subset of the same element of another (`* diplomats` in `* diplomat|diplomats`)
    by_key = OrderedDict()
    reps = defaultdict(list)
    order = sorted(range(len(cands)), key=lambda i: (
        -sum(len(a) for a in cands[i]["pre_alts"] + cands[i]["post_alts"]), i))
    for i in order:
        c = cands[i]
        shape = (c["group"], len(c["pre_alts"]), len(c["post_alts"]))
        home = None
        for r in reps[shape]:
            if all(set(a) <= set(b) for a, b in zip(c["pre_alts"] + c["post_alts"],
                                                    r["pre_alts"] + r["post_alts"])):
                home = r
                break
        if home is None:
            reps[shape].append(c)
            home = c
        by_key.setdefault((home["group"], home["pattern"]), []).append(c)
    by_key = OrderedDict(sorted(by_key.items()))
    merged = []
    conflicts = []
    for key, cs in by_key.items():
        rep = [c for c in cs if (c["group"], c["pattern"]) == key][0]
        if any(c.get("set") or c["src"] == "override" for c in cs):
            chosen = dict([c for c in cs if c.get("set") or c["src"] == "override"][0])
            chosen["pattern"], chosen["pre_alts"], chosen["post_alts"] = \
                rep["pattern"], rep["pre_alts"], rep["post_alts"]
            drops["duplicate"] += len(cs) - 1
            merged.append(chosen)
            continue
        types = Counter(c["plover"] for c in cs)
        if len(types) > 1:
            conflicts.append((key, [(c["code"] or "---", c["plover"], c["line"], c["skey"])
                                    for c in cs]))
        # most frequent type; tie -> first in the file
        top = max(types.values())
        typ = [c["plover"] for c in cs if types[c["plover"]] == top][0]
        same = [c for c in cs if c["plover"] == typ]
        codes = Counter(c["code"] for c in same)
        topc = max(codes.values())
        code = sorted([k for k, v in codes.items() if v == topc], key=lambda k: (-len(k), k))[0]
        chosen = dict(same[0])
        chosen["pattern"], chosen["pre_alts"], chosen["post_alts"] = \
            rep["pattern"], rep["pre_alts"], rep["post_alts"]
        chosen["code"] = code
        chosen["weight"] = max(c["weight"] for c in same)
        drops["duplicate"] += len(cs) - 1
        merged.append(chosen)
    cands = merged

    # rule: same event as every verb's default in the group, and not needed to override a
    # shorter pattern of the group with another event
    kept = []
    for c in cands:
        g = c["group"]
        if c["src"] != "override" and not c.get("set") and \
                group_defaults[g] == {(c["plover"], c["code"][:2])}:
            me = (c["pre_alts"], c["post_alts"])
            needed = any(o is not c and o["group"] == g and o["plover"] != c["plover"]
                         and is_subpattern((o["pre_alts"], o["post_alts"]), me)
                         for o in cands)
            if not needed:
                drops["same event as the verbs' default"] += 1
                continue
        kept.append(c)
    cands = kept

    # rule: no-event patterns are kept only where they block something: a verb default
    # of the group, or a shorter eventful pattern of the group
    kept = []
    for c in cands:
        if not c["plover"]:
            g = c["group"]
            me = (c["pre_alts"], c["post_alts"])
            blocks_default = any(p for p, _ in group_defaults[g])
            blocks_pattern = any(o is not c and o["group"] == g and o["plover"]
                                 and is_subpattern((o["pre_alts"], o["post_alts"]), me)
                                 for o in cands)
            if not (blocks_default or blocks_pattern) and c["src"] != "override":
                drops["no event and nothing to block"] += 1
                continue
        kept.append(c)
    cands = kept

    # unused overrides are errors (a typo would silently do nothing)
    for n, (kind, group, key, value, plover, cameo, weight, reason) in ovr.rows:
        ident = {"map": ("map", key), "patmap": ("patmap", group, key),
                 "group": ("group", group), "verb": ("verb", group, key),
                 "form": ("form", group, key, value), "pattern": ("pattern", group, key)}.get(kind)
        if kind == "map" and ident not in ovr.used:
            stats["map_rows_unused"].add(key)
            continue
        if ident and ident not in ovr.used:
            die("verb_overrides.tsv:%d: %s row %s/%s does nothing" % (n, kind, group, key))

    # ---------------------------------------------------------------- write
    header = [
        "# PETRARCH-2 CAMEO verb dictionary, Open Event Data Alliance, MIT "
        "(openeventdata/petrarch2, CAMEO.2.0.txt, 2015-04-30)",
        "# PLOVER CAMEO-to-PLOVER table, CC BY-SA 4.0 (code correspondences used as facts)",
        "# generated by scripts/gen_verbs.py with data/inputs/verb_overrides.tsv and "
        "data/inputs/irregular_verbs.tsv: do not edit by hand",
    ]
    vrows = []
    for (g, base), v in verbs.items():
        for f in v["forms"]:
            if "\t" in f or ";" in f or f != f.strip() or "  " in f:
                die("bad form %r" % f)
        vrows.append((g, base, ";".join(v["forms"]), v["plover"], v["cameo"]))
    vrows.sort()
    prows = []
    for c in cands:
        prows.append((c["group"], c["pattern"], c["plover"], c["code"], str(c["weight"])))
    prows.sort()
    if len(set((r[0], r[1]) for r in prows)) != len(prows):
        die("duplicate pattern rows")
    write_tsv(os.path.join(out_dir, "verbs.tsv"),
              ["# group\tverb\tforms\tplover\tcameo"] + header[:2] + [
                  "# forms: every inflected form, base first; -ise spellings of -ize verbs "
                  "included; plover/cameo: the event the verb alone names (empty: none)",
                  header[2]], vrows)
    write_tsv(os.path.join(out_dir, "verb_patterns.tsv"),
              ["# group\tpattern\tplover\tcameo\tweight"] + header[:2] + [
                  "# pattern: elements separated by one space, `*` = any form of a verb of "
                  "the group; before `*`: found before the verb, after: after it, in order, "
                  "within the clause; `a_b` = adjacent words; `a|b` = either",
                  "# empty plover = no event: a blocker (it beats the verb's default and "
                  "shorter patterns); weight 3 = the phrase alone says the event, 2 = typical, "
                  "1 = words before the verb only",
                  "# intended reading (what the script's checks do): a verb form right after "
                  "a determiner or possessive is a noun, skip it; a verb occurrence takes its "
                  "best matching pattern (most elements, then weight), else its verb's default "
                  "(verbs.tsv); a verb form used as an element of another occurrence's matched "
                  "pattern is no occurrence of its own; the clause's event is its leftmost "
                  "occurrence with an event",
                  header[2]], prows)

    # ---------------------------------------------------------------- report
    print("groups: %d" % len(set(g for g, _ in verbs)))
    print("verbs: %d (with a default event: %d)" % (len(verbs),
          sum(1 for v in verbs.values() if v["plover"])))
    print("forms: %d" % sum(len(v["forms"]) for v in verbs.values()))
    print("patterns: %d (no-event blockers: %d)" % (len(prows),
          sum(1 for r in prows if not r[2])))
    print("verbs by PLOVER: " + ", ".join("%s %d" % kv for kv in sorted(
        Counter(v["plover"] or "-" for v in verbs.values()).items())))
    print("patterns by PLOVER: " + ", ".join("%s %d" % kv for kv in sorted(
        Counter(r[2] or "-" for r in prows).items())))
    print("patterns by weight: " + ", ".join("%s %d" % kv for kv in sorted(
        Counter(r[4] for r in prows).items())))
    print("pattern rows dropped (after synonym-set expansion), by rule:")
    for k, v in sorted(drops.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %6d  %s" % (v, k))
    print("conflicting duplicates resolved by the most frequent type: %d" % len(conflicts))
    print("CAMEO codes mapped through their parent code: %s" % " ".join(
        sorted(stats["cameo_parent_fallback"])))
    print("map rows for codes the dictionary does not use (kept as the rule): %s" % " ".join(
        sorted(stats["map_rows_unused"])))
    print("CAMEO codes without a PLOVER type: %s" % " ".join(sorted(stats["cameo_unmapped"])))
    if args.dump:
        os.makedirs(args.dump, exist_ok=True)
        with open(os.path.join(args.dump, "conflicts.txt"), "w") as fh:
            for key, lst in conflicts:
                fh.write("%s\t%s\t%s\n" % (key[0], key[1], lst))
    # the same verb in several groups: one event, or none
    by_base = defaultdict(set)
    for (g, base), v in verbs.items():
        by_base[base].add((v["plover"], g))
    mixed = sorted(b for b, s in by_base.items() if len(set(p for p, _ in s if p)) > 1)
    if mixed:
        die("verbs with different default events in different groups: %s" % ", ".join(mixed))
    partial = sorted(b for b, s in by_base.items()
                     if len(set(p for p, _ in s)) > 1)
    print("verbs with a default in one group and none in another: %s" % (" ".join(partial) or "none"))
    failures = run_checks(verbs, prows)
    if failures:
        die("%d checks failed" % failures)


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for h in header:
            fh.write(h + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")


# ------------------------------------------------------------------ checks
# (phrase, expected PLOVER type or "" for no event).  Our own phrases, written for this
# test; they are not taken from any article.
CHECKS = [
    ("Japan halted economic aid to Serbia", "SANCTION"),
    ("the government halted all military assistance to the rebels", "SANCTION"),
    ("the army lifted the night curfew in the capital", "CONCEDE"),
    ("Turkey refused to commit troops to the mission", "REJECT"),
    ("Iran and six world powers struck a historic deal", "AGREE"),
    ("Mexico decided to recall its ambassadors for consultations", "SANCTION"),
    ("Peru recalled its ambassador for consultations", "SANCTION"),
    ("Serbia lodged an official protest with Albania", "ACCUSE"),
    ("the talks ended with an agreement on fishing rights", "AGREE"),
    ("the minister alleged that the army attacked villages", "ACCUSE"),
    ("officials claimed that the militants were behind the blast", "ACCUSE"),
    ("Pakistan accused India of violating the ceasefire", "ACCUSE"),
    ("the spokesman denied the allegations", "ACCUSE"),
    ("the ministry denied any involvement in the plot", "ACCUSE"),
    ("the authorities denied entry to the journalists", "REJECT"),
    ("the court refused bail", "REJECT"),
    ("India called off the talks with Pakistan", "SANCTION"),
    ("France expelled two diplomats", "SANCTION"),
    ("the EU imposed fresh sanctions on Moscow", "SANCTION"),
    ("Washington lifted sanctions on Caracas", "RETREAT"),
    ("the rebels threatened to attack the capital", "THREATEN"),
    ("the envoy warned of retaliation", "THREATEN"),
    ("the UN urged both sides to show restraint", "REQUEST"),
    ("the minister called on Israel to halt the offensive", "REQUEST"),
    ("the opposition called for early elections", "REQUEST"),
    ("Japan pledged aid to Turkey", "AID"),
    ("the donors pledged humanitarian aid", "AID"),
    ("Russia deployed troops near the border", "MOBILIZE"),
    ("police arrested ten protesters", "COERCE"),
    ("Iran released the prisoners", "CONCEDE"),
    ("the rebels freed the hostages", "CONCEDE"),
    ("the two countries signed an agreement on defence", "AGREE"),
    ("the two sides signed a deal on gas", "AGREE"),
    ("India and Japan inked a pact", "AGREE"),
    ("Tokyo plans to sign the accord", "AGREE"),
    ("India reached an agreement with Japan", "AGREE"),
    ("the president met his counterpart in Tokyo", "CONSULT"),
    ("the foreign ministers held talks in Delhi", "CONSULT"),
    ("the prime minister will visit Paris", "CONSULT"),
    ("Egypt mediated between the two sides", "CONSULT"),
    ("China condemned the attack", "ACCUSE"),
    ("Germany praised the decision", "SUPPORT"),
    ("Russia withdrew its troops from the region", "RETREAT"),
    ("supporters rallied outside parliament", "PROTEST"),
    ("thousands demonstrated in the capital", "PROTEST"),
    ("artillery shelled the town overnight", "ASSAULT"),
    ("jets bombed the airport", "ASSAULT"),
    ("gunmen killed twelve villagers", "ASSAULT"),
    ("the court sentenced him to death", "COERCE"),
    ("the council vetoed the draft", "REJECT"),
    ("Hungary abstained in the vote", "REJECT"),
    ("Seoul summoned the Japanese ambassador", "ACCUSE"),
    ("the talks collapsed", "SANCTION"),
    ("the government apologized to the victims", "CONCEDE"),
    ("the army eased restrictions on movement", "CONCEDE"),
    ("the two sides agreed on a ceasefire", "AGREE"),
    ("the two navies held joint exercises in the gulf", "COOPERATE"),
    ("the armies conducted joint drills near the border", "COOPERATE"),
    ("the agency called for an end to the violence", "REQUEST"),
    ("the minister called for talks with the rebels", "REQUEST"),
    ("the army pulled its forces out of the town", "RETREAT"),
    ("the fighters laid down their arms", "RETREAT"),
    ("the ministry moved troops to the frontier", "MOBILIZE"),
    ("the government charged that the rebels were behind the blast", "ACCUSE"),
    ("the president withdrew the bill after the protests", "CONCEDE"),
    ("the president signed the bill into law", ""),
    ("stock prices declined sharply", ""),
    ("the ministry declined to comment", ""),
    ("the ministry released a statement", ""),
    ("a sign of hope", ""),
    ("by the end of the war", ""),
    ("the armed forces", ""),
    ("the team celebrated the anniversary", ""),
    ("officials said on Monday", ""),
]


def tokenize(text):
    return re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text.lower())


DETERMINERS = ("a an the this that these those its his her their our my your").split()


def element_match(el, toks, start, stop):
    """First match of element el (alternatives `a|b`, words `a_b`) inside
    toks[start:stop]: returns (first, after) positions, or None."""
    alts = [a.split("_") for a in el.split("|")]
    for i in range(start, stop):
        for ws in alts:
            if i + len(ws) <= stop and toks[i:i + len(ws)] == ws:
                return i, i + len(ws)
    return None


def seq_match(els, toks, start, stop):
    """Match the elements in order; returns the token positions used, or None."""
    pos = start
    used = []
    for el in els:
        m = element_match(el, toks, pos, stop)
        if m is None:
            return None
        used.extend(range(m[0], m[1]))
        pos = m[1]
    return used


def resolve(text, verbs, patterns_by_group):
    """What the runtime is expected to do with one clause (the rules written in the
    header of verb_patterns.tsv):
      1. find every verb form (the longest form at a position wins); a form right after
         a determiner or possessive (the end of, a sign of, its deal) is a noun: skipped;
      2. each verb occurrence takes the event of its best matching pattern (most
         elements, then weight), or none when that pattern is a blocker (empty event);
         with no pattern, its verb's default;
      3. a verb form used as an element of another occurrence's matched pattern (talks in
         `talks *`, aid in `* aid`) is not an occurrence of its own, unless a pattern of
         its own matched;
      4. the clause's event is that of the leftmost remaining occurrence with an event."""
    toks = tokenize(text)
    index = defaultdict(list)
    for (g, base), v in verbs.items():
        for f in v["forms"]:
            index[tuple(f.split(" "))].append((g, base))
    occ = []
    i = 0
    while i < len(toks):
        found = None
        for n in (4, 3, 2, 1):
            key = tuple(toks[i:i + n])
            if len(key) == n and key in index:
                found = (n, index[key])
                break
        if found and not (i > 0 and toks[i - 1] in DETERMINERS):
            occ.append((i, i + found[0], found[1]))
            i += found[0]
        else:
            i += 1
    results = []
    consumed = set()
    for start, end, entries in occ:
        best = None
        for g, base in entries:
            for pre, post, plover, weight in patterns_by_group.get(g, []):
                u1 = seq_match(pre, toks, 0, start)
                if u1 is None:
                    continue
                u2 = seq_match(post, toks, end, len(toks))
                if u2 is None:
                    continue
                rank = (len(pre) + len(post), weight)
                if best is None or rank > best[0]:
                    best = (rank, plover, u1 + u2)
        if best is not None:
            consumed.update(best[2])
            results.append((start, best[1], True))
            continue
        defaults = [verbs[(g, b)]["plover"] for g, b in entries if verbs[(g, b)]["plover"]]
        results.append((start, defaults[0] if defaults else "", False))
    for start, plover, by_pattern in results:
        if start in consumed and not by_pattern:
            continue
        if plover:
            return plover
    return ""


def run_checks(verbs, prows):
    patterns_by_group = defaultdict(list)
    for g, pat, plover, cameo, weight in prows:
        els = pat.split(" ")
        i = els.index("*")
        patterns_by_group[g].append((els[:i], els[i + 1:], plover, int(weight)))
    failures = 0
    for phrase, want in CHECKS:
        got = resolve(phrase, verbs, patterns_by_group)
        ok = got == want
        failures += not ok
        print("check %-4s %-58s want %-9s got %s" % ("ok" if ok else "FAIL", phrase,
                                                      want or "-", got or "-"))
    print("checks: %d passed, %d failed" % (len(CHECKS) - failures, failures))
    return failures


if __name__ == "__main__":
    main()
