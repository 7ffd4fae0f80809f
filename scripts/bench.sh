#!/usr/bin/env bash
# Speed and memory of every hot path, each against its yardstick in the same run, for the README's
# Performance section:
#   bash scripts/bench.sh            # everything (a few minutes)
#   RUNS=5 bash scripts/bench.sh     # fewer runs of the big inputs
#   ONLY=startup bash scripts/bench.sh   # start-up against the floor alone (seconds)
#   ONLY=headers bash scripts/bench.sh   # headers alone: sparse log, dense stream, HAR, and their memory
# Needs hyperfine, GNU time and python3 (apt-get install hyperfine time python3). The yardsticks:
#   - start-up: a binary built the same way that links only cobra + lipgloss v1 and prints one styled
#     line from a cobra command (the floor our required dependencies set);
#   - headers: grep -ci mtapistatus over the same file (both write to a file: GNU grep stops at the
#     first match when its output is /dev/null);
#   - decode -: awk printing each line with a constant suffix.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-10}

flags=(-trimpath -ldflags "-s -w")
CGO_ENABLED=0 go build "${flags[@]}" -o "$work/mtapi" .

# The floor: cobra + lipgloss v1, one styled line, built from a copy of our go.mod so that it links
# the very same versions.
mkdir "$work/floor"
sed 's/^module .*/module floor/' go.mod > "$work/floor/go.mod"
cp go.sum "$work/floor/go.sum"
# The floor's source is shared with internal/e2e's BenchmarkStartupFloor: one program, one file.
cp scripts/floor.go.txt "$work/floor/main.go"
(cd "$work/floor" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build "${flags[@]}" -o "$work/floor-bin" . 2>/dev/null)

ratio() { # ratio NAME JSON: the first command over the second, in wall time and in CPU time
  # CPU time (user + system) is the figure to trust on a busy machine: waiting for a core inflates
  # wall time, not the time spent on one.
  python3 - "$1" "$2" <<'EOF'
import json, sys
r = json.load(open(sys.argv[2]))["results"]
a, b = r[0], r[1]
ca, cb = a["user"] + a["system"], b["user"] + b["system"]
print("%-28s %9.2f ms vs %9.2f ms   ratio %.2fx   cpu %7.2f ms vs %7.2f ms   ratio %.2fx" %
      (sys.argv[1], a["mean"] * 1e3, b["mean"] * 1e3, a["mean"] / b["mean"], ca * 1e3, cb * 1e3, ca / cb))
EOF
}

summary=()
bench() { # bench NAME RUNS CMD YARDSTICK
  hyperfine -N --warmup 3 --runs "$2" --export-json "$work/h.json" "$3" "$4" >/dev/null 2>&1 ||
    hyperfine --warmup 3 --runs "$2" --export-json "$work/h.json" "$3" "$4" >/dev/null
  summary+=("$(ratio "$1" "$work/h.json")")
  echo "${summary[-1]}"
}

startup() {
  bench "start-up: decode 617020" 1000 "$work/mtapi decode 617020" "$work/floor-bin decode 617020"
  echo "binary size: mtapi $(stat -c %s "$work/mtapi") bytes, floor $(stat -c %s "$work/floor-bin") bytes"
}

if [[ ${ONLY:-} == startup ]]; then
  startup
  exit
fi

# A dense curl -i stream: 50 MB of responses with JSON bodies, one in twenty carrying mtapistatus.
awk 'BEGIN {
  srand(1); n = 0; size = 0
  while (size < 50 * 1024 * 1024) {
    n++
    body = sprintf("{\"id\":%d,\"status\":\"ok\",\"items\":[{\"name\":\"service request %d\",\"state\":\"open\"}]}", n, n)
    r = sprintf("HTTP/1.1 %d %s\r\nCache-Control: no-cache\r\nPragma: no-cache\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: %d\r\nExpires: -1\r\nServer: Microsoft-IIS/10.0\r\nX-AspNet-Version: 4.0.30319\r\nX-Powered-By: ASP.NET\r\nDate: Wed, 25 Nov 2026 10:%02d:%02d GMT\r\n", (n % 20 == 0) ? 400 : 200, (n % 20 == 0) ? "Bad Request" : "OK", length(body), (n / 60) % 60, n % 60)
    if (n % 20 == 0) r = r "mtapistatus: 617020\r\n"
    r = r "\r\n" body "\n"
    printf "%s", r; size += length(r)
  }
}' > "$work/dense.txt"

# A sparse 50 MB access log: three lines in a thousand carry mtapistatus as a key=value field
# (benchSparse in internal/headers' benchdata_test.go, for BenchmarkParseSparse).
awk 'BEGIN {
  n = 0; size = 0
  while (size < 50 * 1024 * 1024) {
    n++
    r = sprintf("10.1.%d.%d - - [25/Nov/2026:10:%02d:%02d +0000] \"GET /api/servicerequests/%d?page=%d HTTP/1.1\" %d %d \"-\" \"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36\"", n % 250, n % 200, int(n / 60) % 60, n % 60, n, n % 9, (n % 7 == 0) ? 404 : 200, 100 + n % 900)
    if (n % 1000 == 0 || n % 1000 == 333 || n % 1000 == 666) r = r " mtapistatus=617020"
    r = r "\n"
    printf "%s", r; size += length(r)
  }
}' > "$work/sparse.txt"

# A HAR of about 200 MB: entries with request and response headers, one in twenty responses with
# mtapistatus, and bodies that mention the header name as decoys.
python3 - "$work/big.har" <<'EOF'
import json, sys
out = open(sys.argv[1], "w")
out.write('{"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"}, "entries": [\n')
size, n = 0, 0
while size < 200 * 1024 * 1024:
    n += 1
    hdrs = [{"name": k, "value": v} for k, v in [
        ("Cache-Control", "no-cache"), ("Content-Type", "application/json; charset=utf-8"),
        ("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET"), ("Date", "Wed, 25 Nov 2026 10:00:00 GMT")]]
    if n % 20 == 0:
        hdrs.append({"name": "mtapistatus", "value": "617020"})
    e = {"startedDateTime": "2026-11-25T10:00:00.000Z", "time": 12,
         "request": {"method": "GET", "url": "https://api.example/servicerequests/%d" % n, "httpVersion": "HTTP/1.1",
                     "headers": [{"name": "Accept", "value": "application/json"}, {"name": "X-Note", "value": "mtapistatus wanted"}],
                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
         "response": {"status": 400 if n % 20 == 0 else 200, "statusText": "", "httpVersion": "HTTP/1.1", "headers": hdrs, "cookies": [],
                      "content": {"size": 2400, "mimeType": "application/json",
                                  "text": json.dumps({"items": [{"id": i, "note": "the mtapistatus header says more", "text": "x" * 40} for i in range(24)]})},
                      "redirectURL": "", "headersSize": -1, "bodySize": 2400},
         "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 2}}
    s = ("," if n > 1 else "") + json.dumps(e, indent=2) + "\n"
    out.write(s); size += len(s)
out.write("]}}\n")
EOF

headers=${ONLY:-}
headers=${headers/headers/yes}
# A million codes, the catalogue's numbers over and over.
[[ $headers == yes ]] || "$work/mtapi" search --json | python3 -c '
import json, sys, itertools
codes = sorted({e["code"] for e in json.load(sys.stdin)})
out = sys.stdout
for i, c in zip(range(1000000), itertools.cycle(codes)):
    out.write("%d\n" % c)' > "$work/codes.txt"
ls -l "$work/sparse.txt" "$work/dense.txt" "$work/big.har" | awk '{print $5, $9}'

echo "== ratios (mtapi vs its yardstick, same run)"
[[ $headers == yes ]] || startup
hyperfine --warmup 2 --runs "$runs" --export-json "$work/h.json" \
  "$work/mtapi headers $work/sparse.txt > $work/out.txt" "grep -ci mtapistatus $work/sparse.txt > $work/out.txt" >/dev/null
summary+=("$(ratio "headers: sparse 50 MB log" "$work/h.json")"); echo "${summary[-1]}"
hyperfine --warmup 2 --runs "$runs" --export-json "$work/h.json" \
  "$work/mtapi headers $work/dense.txt > $work/out.txt" "grep -ci mtapistatus $work/dense.txt > $work/out.txt" >/dev/null
summary+=("$(ratio "headers: dense 50 MB curl -i" "$work/h.json")"); echo "${summary[-1]}"
if [[ $headers != yes ]]; then
# The CI gate's cost: the same stream with --fail-on (a condition of each kind, none tripping) and a
# JUnit report of every response, against plain headers.
hyperfine -i --warmup 2 --runs "$runs" --export-json "$work/h.json" \
  "$work/mtapi headers --fail-on '901xxx,controller=Users,superseded,unknown,http>=500' --report junit=$work/r.xml $work/dense.txt > $work/out.txt 2>/dev/null" \
  "$work/mtapi headers $work/dense.txt > $work/out.txt" >/dev/null
summary+=("$(ratio "headers --fail-on --report: dense" "$work/h.json")"); echo "${summary[-1]}"
fi
hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" \
  "$work/mtapi headers $work/big.har > $work/out.txt" "grep -c mtapistatus $work/big.har > $work/out.txt" >/dev/null
summary+=("$(ratio "headers: 200 MB HAR" "$work/h.json")"); echo "${summary[-1]}"
if [[ $headers != yes ]]; then
hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" \
  "$work/mtapi decode - < $work/codes.txt > $work/out.txt" "awk '{print \$1 \"\\t…\"}' $work/codes.txt > $work/out.txt" >/dev/null
summary+=("$(ratio "decode -: 1M codes" "$work/h.json")"); echo "${summary[-1]}"
# A 10 MB paste of prose (ticket lines and e-mails), read as free text; the yardstick is grep
# finding its six-digit numbers.
awk 'BEGIN { while (size < 10 * 1024 * 1024) { n++
  l = sprintf("Hi team, order %d of 2024-06-17 failed again, see ticket #6%05d; total 1,250.00 USD.\n", 617000 + n % 999, n % 99999)
  if (n % 5000 == 0) l = l "The portal says Update date cannot be in the future (code 617020).\n"
  printf "%s", l; size += length(l) } }' > "$work/prose.txt"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" \
  "$work/mtapi < $work/prose.txt > $work/out.txt 2>/dev/null" "grep -oE '[0-9]{6}' $work/prose.txt > $work/out.txt" >/dev/null
summary+=("$(ratio "paste: 10 MB of prose" "$work/h.json")"); echo "${summary[-1]}"
bench "search future" 300 "$work/mtapi search future" "$work/floor-bin search future"
bench "complete decode 6" 300 "$work/mtapi __complete decode 6" "$work/floor-bin __complete decode 6"

fi

echo "== peak memory (max RSS)"
[[ $headers == yes ]] || /usr/bin/time -f "decode 617020:            %M KiB" "$work/mtapi" decode 617020 > /dev/null
/usr/bin/time -f "headers, sparse 50 MB:    %M KiB" "$work/mtapi" headers "$work/sparse.txt" > /dev/null
/usr/bin/time -f "headers, dense 50 MB:     %M KiB" "$work/mtapi" headers "$work/dense.txt" > /dev/null
/usr/bin/time -f "headers, 200 MB HAR:      %M KiB" "$work/mtapi" headers "$work/big.har" > /dev/null
if [[ $headers != yes ]]; then
  /usr/bin/time -f "decode -, 1M codes:       %M KiB" "$work/mtapi" decode - < "$work/codes.txt" > /dev/null
  /usr/bin/time -f "paste, 10 MB of prose:    %M KiB" "$work/mtapi" < "$work/prose.txt" > /dev/null 2>&1
fi
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$work/dense.txt"; done |
  /usr/bin/time -f "headers, 500 MB on stdin: %M KiB" "$work/mtapi" headers > /dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(go version | cut -d' ' -f3)"
