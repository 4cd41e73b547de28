#!/usr/bin/env bash
# Scores `dossier extract` on the development sets with the shared evalkit,
# exactly as the product is judged: build bin/dossier, prepare the gold sets
# into a temporary folder, run the binary once per document, score.
#
#   scripts/eval.sh [SET...]      (default: all sets)
#
# Sets: seed timebank aquaint re3d-heldout wikigold wnut17-test.
# re3d-heldout is the half of re3d the tagger was not trained on (odd
# documents in name order; tools/trainner trains on the even ones).
# Environment: EVALKIT (default ../shared/evalkit), GOFLAGS_EVAL (extra
# `go build` flags, e.g. "-tags ci" to skip the OpenGL compile), KEEP=1 to
# keep the temporary folder, ERRORS=N to list N errors per set.
set -euo pipefail
cd "$(dirname "$0")/.."
EVALKIT=${EVALKIT:-../shared/evalkit}
if [ ! -f "$EVALKIT/prepare.py" ]; then
  echo "eval: no evalkit at $EVALKIT" >&2
  exit 1
fi
SETS=("$@")
[ ${#SETS[@]} -gt 0 ] || SETS=(seed timebank aquaint re3d-heldout wikigold wnut17-test)

echo "building bin/dossier ..." >&2
# shellcheck disable=SC2086
go build ${GOFLAGS_EVAL:-} -o bin/dossier .

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dossier-eval.XXXXXX")
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$TMP"' EXIT
PREP="$TMP/prepared"
python3 "$EVALKIT/prepare.py" --out "$PREP" >&2

# the held-out half of re3d, as a set of its own
mkdir -p "$PREP/re3d-heldout"
i=0
for g in $(ls "$PREP/re3d"/*.gold.json | sort); do
  if [ $((i % 2)) -eq 1 ]; then
    b=${g%.gold.json}
    cp "$b.txt" "$b.date" "$b.gold.json" "$PREP/re3d-heldout/"
  fi
  i=$((i + 1))
done

BIN="$PWD/bin/dossier"
export LANG=${LANG:-en_US.UTF-8}
# run the sets two at a time: one process per document is slow-ish
pids=()
for s in "${SETS[@]}"; do
  python3 "$EVALKIT/run_cmd.py" --prepared "$PREP" --set "$s" --out "$TMP/pred/$s" -- \
    "$BIN" extract --date '{date}' '{file}' >"$TMP/run-$s.log" 2>&1 &
  pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
wait

printf '\n%-13s %-9s %6s %6s %6s   %s\n' set kind P R F1 "(relaxed F1 / timex value F1)"
for s in "${SETS[@]}"; do
  python3 "$EVALKIT/score.py" --prepared "$PREP" --set "$s" --pred "$TMP/pred/$s" \
    --json "$TMP/score-$s.json" --errors "${ERRORS:-0}" >"$TMP/score-$s.txt"
  python3 - "$s" "$TMP/score-$s.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
d = json.load(open(path))
e = d.get("entities", {}).get("micro", {})
if e.get("gold"):
    p, r, f = e["strict_prf"]
    print("%-13s %-9s %6.3f %6.3f %6.3f   relaxed P/R/F1 %.3f %.3f %.3f" % ((name, "entities", p, r, f) + tuple(e["relaxed_prf"])))
t = d.get("timexes", {}).get("micro", {})
if t.get("gold"):
    p, r, f = t["strict_prf"]
    vp, vr, vf = t["value_prf"]
    print("%-13s %-9s %6.3f %6.3f %6.3f   relaxed F1 %.3f, value P/R/F1 %.3f %.3f %.3f" % (name, "timexes", p, r, f, t["relaxed_prf"][2], vp, vr, vf))
PY
done
# the seed's events, which the evalkit does not score (its run_cmd.py keeps
# only entities and timexes): run the binary again, score with
# scripts/score_events.py against the hand annotation
if [ -d "$PREP/seed" ] && printf '%s\n' "${SETS[@]}" | grep -qx seed; then
  mkdir -p "$TMP/events/seed"
  for t in "$PREP/seed"/*.txt; do
    b=$(basename "$t" .txt)
    "$BIN" extract --date "$(cat "$PREP/seed/$b.date")" "$t" >"$TMP/events/seed/$b.json"
  done
  python3 scripts/score_events.py "${SEED_GOLD:-../shared/corpus/seed}" "$TMP/events/seed" 2>"$TMP/events-seed.txt"
  [ "${ERRORS:-0}" = 0 ] || cat "$TMP/events-seed.txt" >&2
fi
# TimeBank and AQUAINT together (micro over both), the figure the issue targets
if [ -f "$TMP/score-timebank.json" ] && [ -f "$TMP/score-aquaint.json" ]; then
  python3 - "$TMP/score-timebank.json" "$TMP/score-aquaint.json" <<'PY'
import json, sys
g = p = okg = okp = 0
for path in sys.argv[1:]:
    t = json.load(open(path))["timexes"]["micro"]
    g += t["gold"]; p += t["pred"]; okg += t["value_ok_g"]; okp += t["value_ok_p"]
P, R = okp / max(p, 1), okg / max(g, 1)
print("%-13s %-9s %6.3f %6.3f %6.3f   (TimeBank+AQUAINT timex value P/R/F1)" % ("tb+aquaint", "value", P, R, 2 * P * R / max(P + R, 1e-9)))
PY
fi
if [ "${VERBOSE:-}" = 1 ]; then cat "$TMP"/score-*.txt; fi
