#!/usr/bin/env python3
"""Independent verifier of a Fazhi random-inspection draw (双随机、一公开), algorithm fazhi-draw-v1.

Written from the specification in docs/supervision/random-draw.md, not from the Java code, with the Python standard
library only (hashlib's SM3 comes from OpenSSL). It checks that

  1. each published list's SM3 digest is the one published before the draw,
  2. SM3(seed) equals the commitment published before the draw,
  3. the selection recomputed from the lists and the seed equals the published selection.

Usage:
  verify-draw.py --url https://fazhi.example.gov.cn --draw 12    fetch the published draw and its lists
  verify-draw.py --dir DIR                                       read DIR/draw.json, entities.txt, inspectors.txt, avoidance.txt
  verify-draw.py --self-test                                     check the published test vector
Exit status 0 when verified, 1 when not, 2 on bad usage or unreadable data.
"""
import argparse
import hashlib
import json
import math
import os
import sys
import urllib.request

PROBES = 32


def sm3(text):
    return hashlib.new("sm3", text.encode("utf-8")).hexdigest()


def value(h):
    return int(h[:16], 16)


def lines(text):
    return [] if text == "" else text[:-1].split("\n")


def select(entities, inspectors, avoidance, sample_size, per_entity, seed):
    """fazhi-draw-v1. entities: USCCs; inspectors: (key, group); avoidance: set of SM3(key|uscc); per_entity: {group: n}."""
    entities = sorted(entities)
    ranked = sorted(entities, key=lambda u: (sm3(seed + "|E|" + u), u))[:sample_size]
    groups = {}
    for key, group in sorted(inspectors):
        groups.setdefault(group, []).append(key)
    load = {}
    picks = []
    for rank, u in enumerate(ranked, start=1):
        chosen = []
        for g in sorted(per_entity):
            c = groups[g]
            m = len(c)
            want = per_entity[g]
            cap = math.ceil(sample_size * want / m)
            mine = set()

            def eligible(x, limit):
                return x not in mine and load.get(x, 0) < limit and sm3(x + "|" + u) not in avoidance

            def take(x):
                mine.add(x)
                chosen.append(x)
                load[x] = load.get(x, 0) + 1

            for j in range(PROBES):
                if len(mine) >= want:
                    break
                x = c[value(sm3(seed + "|I|" + u + "|" + g + "|" + str(j))) % m]
                if eligible(x, cap):
                    take(x)
            start = value(sm3(seed + "|I|" + u + "|" + g + "|scan")) % m
            for limit in (cap, float("inf")):
                for i in range(m):
                    if len(mine) >= want:
                        break
                    x = c[(start + i) % m]
                    if eligible(x, limit):
                        take(x)
            if len(mine) < want:
                raise ValueError("no inspector left for " + u + " in " + g)
        picks.append((rank, u, chosen))
    return picks


def verify(draw, texts):
    ok = True
    for lst in draw["lists"]:
        same = sm3(texts[lst["kind"]]) == lst["digest"]
        print(("ok  " if same else "BAD ") + lst["kind"] + " list digest " + lst["digest"])
        ok &= same
    if not draw.get("seed"):
        print("BAD the seed has not been revealed: the draw has not been made")
        return False
    same = sm3(draw["seed"]) == draw["commitment"]
    print(("ok  " if same else "BAD ") + "SM3(seed) equals the commitment " + draw["commitment"])
    ok &= same
    inspectors = [tuple(line.rsplit(",", 1)) for line in lines(texts["inspectors"])]
    per_entity = {g["code"]: g["perEntity"] for g in draw["groups"]}
    picks = select(lines(texts["entities"]), inspectors, set(lines(texts["avoidance"])), draw["sampleSize"],
                   per_entity, draw["seed"])
    published = [(s["rank"], s["uscc"], s["inspectors"]) for s in draw["selection"]]
    same = picks == published
    print(("ok  " if same else "BAD ") + "recomputed selection of %d entities equals the published one" % len(picks))
    return ok and same


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_CHARS[(31 - total % 31) % 31]


SELF_TEST_SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
SELF_TEST_VECTOR = ("[Pick[rank=1, uscc=91421202MA00000262, inspectors=[42XASCJGJ00002, 42XASCJGJ00003]], Pick[rank="
                    "2, uscc=91421202MA0000029B, inspectors=[42XASCJGJ00001, 42XASCJGJ00003]], Pick[rank=3, uscc=914"
                    "21202MA00000363, inspectors=[42XASCJGJ00002, 42XASCJGJ00000]]]")


def self_test():
    entities = [uscc("91421202MA%07d" % i) for i in range(50)]
    inspectors = [("42XASCJGJ%05d" % i, "XA-SCJGJ") for i in range(5)]
    picks = select(entities, inspectors, set(), 3, {"XA-SCJGJ": 2}, SELF_TEST_SEED)
    text = "[" + ", ".join("Pick[rank=%d, uscc=%s, inspectors=[%s]]" % (r, u, ", ".join(k)) for r, u, k in picks) + "]"
    same = sm3("abc") == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0" and text == SELF_TEST_VECTOR
    print(text)
    print("self-test " + ("passed" if same else "FAILED"))
    return same


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as r:
        return r.read().decode("utf-8")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url")
    p.add_argument("--draw", type=int)
    p.add_argument("--dir")
    p.add_argument("--self-test", action="store_true")
    a = p.parse_args()
    try:
        if a.self_test:
            return 0 if self_test() else 1
        if a.dir:
            with open(os.path.join(a.dir, "draw.json"), encoding="utf-8") as f:
                draw = json.load(f)
            texts = {}
            for kind in ("entities", "inspectors", "avoidance"):
                with open(os.path.join(a.dir, kind + ".txt"), encoding="utf-8", newline="") as f:
                    texts[kind] = f.read()
        elif a.url and a.draw is not None:
            base = a.url.rstrip("/")
            draw = json.loads(fetch("%s/api/v1/public/random-inspections/draws/%d" % (base, a.draw)))
            texts = {lst["kind"]: fetch(base + lst["url"]) for lst in draw["lists"]}
        else:
            p.print_usage()
            return 2
    except (OSError, ValueError, KeyError) as e:
        print("cannot read the draw: %s" % e, file=sys.stderr)
        return 2
    verified = verify(draw, texts)
    print("VERIFIED" if verified else "NOT VERIFIED")
    return 0 if verified else 1


if __name__ == "__main__":
    sys.exit(main())
