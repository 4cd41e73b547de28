#!/usr/bin/env python3
"""Scores the events `dossier extract` found against the hand annotation of
the seed article(s), which the shared evalkit does not score.

    score_events.py GOLD_DIR PRED_DIR

GOLD_DIR holds <doc>.txt and <doc>.gold.json (../shared/corpus/seed), whose
"events" give a 1-based line, a date, a precision, actors and places.
PRED_DIR holds the <doc>.json that `dossier extract` printed.

A predicted event matches a gold event when it has the same date and its
sentence starts on the gold line (one-to-one). Over matched pairs the
actors and places are compared as sets of names after a light
normalisation (case, apostrophes, hyphens, the Arabic article), because
the gold writes "Hay'at Tahrir a-Sham" where the canonical name may be
"Hay'at Tahrir al-Sham". Captions are compared too.
"""
import json
import os
import re
import sys


def norm(name):
    words = [w for w in re.split(r"[^0-9a-z]+", name.lower().replace("\u2019", "'").replace("'", "")) if w]
    return " ".join(w for w in words if w not in ("al", "a", "el", "the"))


def line_of(raw, start):
    return raw[:start].count(b"\n") + 1


def prf(ok, pred, gold):
    p = ok / pred if pred else 0.0
    r = ok / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(gold_dir, pred_dir):
    n_gold = n_pred = n_ok = 0
    names = {"actors": [0, 0, 0], "places": [0, 0, 0]}  # ok, pred, gold over matched
    cap_ok = 0
    misses, extras = [], []
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".gold.json"):
            continue
        doc = f[: -len(".gold.json")]
        gold = json.load(open(os.path.join(gold_dir, f))).get("events", [])
        raw = open(os.path.join(gold_dir, doc + ".txt"), "rb").read()
        path = os.path.join(pred_dir, doc + ".json")
        pred = json.load(open(path)).get("events", []) if os.path.exists(path) else []
        n_gold += len(gold)
        n_pred += len(pred)
        used = set()
        for g in gold:
            hit = None
            for i, p in enumerate(pred):
                if i not in used and p.get("date") == g["date"] and line_of(raw, p["start"]) == g["line"]:
                    hit = i
                    break
            if hit is None:
                misses.append("%s line %d %s %s" % (doc, g["line"], g["date"], g["summary"]))
                continue
            used.add(hit)
            n_ok += 1
            p = pred[hit]
            cap_ok += bool(p.get("caption")) == bool(g.get("caption"))
            for k in names:
                gs = {norm(x) for x in g.get(k, [])}
                ps = {norm(x) for x in p.get(k, [])}
                names[k][0] += len(gs & ps)
                names[k][1] += len(ps)
                names[k][2] += len(gs)
        for i, p in enumerate(pred):
            if i not in used:
                extras.append("%s line %d %s %s" % (doc, line_of(raw, p["start"]), p.get("date"), p.get("summary")))
    P, R, F = prf(n_ok, n_pred, n_gold)
    print("%-13s %-9s %6.3f %6.3f %6.3f   %d of %d gold found, %d predicted; captions right %d/%d"
          % ("seed", "events", P, R, F, n_ok, n_gold, n_pred, cap_ok, n_ok))
    for k, (ok, pr, gd) in names.items():
        p, r, f = prf(ok, pr, gd)
        print("%-13s %-9s %6.3f %6.3f %6.3f   (on matched events)" % ("seed", k, p, r, f))
    for m in misses:
        print("  missed:   " + m, file=sys.stderr)
    for e in extras:
        print("  extra:    " + e, file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: score_events.py GOLD_DIR PRED_DIR")
    main(sys.argv[1], sys.argv[2])
