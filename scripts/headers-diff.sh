#!/usr/bin/env bash
# Old against new: `mtapi headers` built from REV (main by default) and from the working tree must
# give the same answers, byte for byte (output, stderr and exit status, plain and --json), over
# every file in testdata/headers, every table case of internal/headers, any directories named, and
# generated inputs: access logs and curl -i streams, and captures shuffled into a log. And the
# working tree's own answer must not change under --explain, which shows every line to the readers
# (nothing is passed over, internal/headers/pass.go): its output and exit status, plain and --json.
#   bash scripts/headers-diff.sh                  # against main
#   bash scripts/headers-diff.sh REV DIR...       # against REV, with more captures
# It prints each input whose answer changed and exits 1 if any did. Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-main}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/old" "$work/in"
git archive "$rev" | tar -x -C "$work/old"
(cd "$work/old" && CGO_ENABLED=0 go build -o "$work/mtapi-old" .)
CGO_ENABLED=0 go build -o "$work/mtapi-new" .

cp testdata/headers/* "$work/in/"
for d in "$@"; do
  for f in "$d"/*; do
    [[ -f $f ]] && cp "$f" "$work/in/extra-$(basename "$f")"
  done
done
MTAPI_WRITE_CASES="$work/in" go test ./internal/headers -run '^TestWriteCases$' -count=1 >/dev/null

# Generated inputs: the shapes of scripts/bench.sh, smaller, and captures shuffled between log
# lines (each seed a different order), so that every reader meets the others' lines.
python3 - "$work/in" <<'PY'
import os, random, sys
d = sys.argv[1]
caps = sorted(f for f in os.listdir(d) if f.endswith(".txt") and not f.startswith("gen-"))
log = lambda n: '10.1.%d.%d - - [25/Nov/2026:10:%02d:%02d +0000] "GET /api/servicerequests/%d HTTP/1.1" %d %d "-" "Mozilla/5.0"%s\n' % (
    n % 250, n % 200, n // 60 % 60, n % 60, n, 404 if n % 7 == 0 else 200, 100 + n % 900, " mtapistatus=617020" if n % 333 == 0 else "")
with open(os.path.join(d, "gen-sparse.txt"), "w") as f:
    for n in range(1, 60000):
        f.write(log(n))
with open(os.path.join(d, "gen-dense.txt"), "w") as f:
    for n in range(1, 20000):
        body = '{"id":%d,"status":"ok"}' % n
        f.write("HTTP/1.1 %s\r\nServer: Microsoft-IIS/10.0\r\nContent-Type: application/json\r\nContent-Length: %d\r\nDate: Wed, 25 Nov 2026 10:00:00 GMT\r\n%s\r\n%s\n" % (
            "400 Bad Request" if n % 20 == 0 else "200 OK", len(body), "mtapistatus: 617020\r\n" if n % 20 == 0 else "", body))
for seed in range(8):
    rnd = random.Random(seed)
    order = caps[:]
    rnd.shuffle(order)
    with open(os.path.join(d, "gen-mixed-%d.txt" % seed), "wb") as f:
        for i, c in enumerate(order[:12]):
            for n in range(rnd.randrange(4)):
                f.write(log(rnd.randrange(100000)).encode())
            f.write(open(os.path.join(d, c), "rb").read())
PY

changed=0
n=0
for f in "$work/in"/*; do
  n=$((n + 1))
  for flags in "" "--json"; do
    # shellcheck disable=SC2086 # flags is empty or one word
    a=$(cd "$work/in" && { "$work/mtapi-old" headers $flags "$(basename "$f")" 2>&1; echo "exit $?"; })
    # shellcheck disable=SC2086
    b=$(cd "$work/in" && { "$work/mtapi-new" headers $flags "$(basename "$f")" 2>&1; echo "exit $?"; })
    if [[ $a != "$b" ]]; then
      changed=$((changed + 1))
      echo "== changed: $(basename "$f") ${flags:-(plain)}"
      diff <(echo "$a") <(echo "$b") | head -20 || true
    fi
  done
done
echo "$n inputs, $changed answers changed (old: $rev, new: the working tree)"
explained=0
for f in "$work/in"/*; do
  for flags in "" "--json"; do
    # shellcheck disable=SC2086 # flags is empty or one word
    a=$(cd "$work/in" && { "$work/mtapi-new" headers $flags "$(basename "$f")" 2>/dev/null; echo "exit $?"; })
    # shellcheck disable=SC2086
    b=$(cd "$work/in" && { "$work/mtapi-new" headers --explain $flags "$(basename "$f")" 2>/dev/null; echo "exit $?"; })
    if [[ $a != "$b" ]]; then
      explained=$((explained + 1))
      echo "== changed under --explain: $(basename "$f") ${flags:-(plain)}"
      diff <(echo "$a") <(echo "$b") | head -20 || true
    fi
  done
done
echo "$n inputs, $explained answers changed under --explain (the working tree, every line read)"
[[ $changed == 0 && $explained == 0 ]]
