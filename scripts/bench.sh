#!/usr/bin/env bash
# Reproducible speed and memory figures for the README's Performance section:
#   bash scripts/bench.sh
# Needs hyperfine and GNU time (apt-get install hyperfine time). Builds the release binary and a
# hello-world Go binary the same way, then measures them side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

flags=(-trimpath -ldflags "-s -w")
CGO_ENABLED=0 go build "${flags[@]}" -o "$work/mtapi" .
mkdir "$work/hello"
printf 'package main\n\nimport "os"\n\nfunc main() { os.Stdout.WriteString("hello\\n") }\n' > "$work/hello/main.go"
printf 'module hello\n\ngo 1.26\n' > "$work/hello/go.mod"
(cd "$work/hello" && CGO_ENABLED=0 go build "${flags[@]}" -o "$work/hello-world" .)

# 50 MB of access-log lines with an mtapistatus header line every 1000 lines.
awk 'BEGIN {
  srand(1); line = 0; size = 0
  while (size < 50 * 1024 * 1024) {
    s = sprintf("10.1.%d.%d - - [25/Nov/2026:10:%02d:%02d +0000] \"GET /api/servicerequests/%d HTTP/1.1\" 400 93 \"-\" \"curl/7.88.1\"", line % 250, line % 200, (line / 60) % 60, line % 60, line)
    print s; size += length(s) + 1; line++
    if (line % 1000 == 0) { print "mtapistatus: 617020"; size += 20 }
  }
}' > "$work/access.log"
ls -l "$work/access.log"

echo "== start-up: decode vs hello world"
hyperfine -N --warmup 50 --runs 1000 "$work/mtapi decode 617020" "$work/hello-world"

echo "== headers over 50 MB vs grep -ci"
# Both write to a file: GNU grep stops at the first match when its output is /dev/null.
hyperfine --warmup 2 --runs 20 \
  "$work/mtapi headers $work/access.log > $work/out.txt" \
  "grep -ci mtapistatus $work/access.log > $work/out.txt"

echo "== search and completion"
hyperfine -N --warmup 20 --runs 300 "$work/mtapi search future" "$work/mtapi __complete decode 6"

echo "== peak memory (max RSS, KiB)"
/usr/bin/time -f "headers, 50 MB: %M KiB" "$work/mtapi" headers "$work/access.log" > /dev/null
for _ in $(seq 20); do cat "$work/access.log"; done | /usr/bin/time -f "headers, 1 GB on stdin: %M KiB" "$work/mtapi" headers > /dev/null
/usr/bin/time -f "decode 617020: %M KiB" "$work/mtapi" decode 617020 > /dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(go version | cut -d' ' -f3)"
