#!/usr/bin/env bash
# Re-makes the real captures in this folder: starts server.go on loopback and records what real
# clients print. Each capture's exact command is written to its .cmd file. Needs curl, wget and
# httpie (Debian packages), python3 and node. Run from the repository root:
#   bash testdata/headers/capture.sh
set -euo pipefail
cd "$(dirname "$0")"
port=18089
tmp=$(mktemp -d)
go build -o "$tmp/server" server.go
"$tmp/server" "$port" & server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do curl -s "127.0.0.1:$port/ok" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"

capture() { # name, command
  local name=$1 cmd=$2
  printf '%s\n' "$cmd" > "real-$name.cmd"
  bash -c "$cmd" > "real-$name.txt" 2>&1 || true
  # Dates and ports change on every run; fix them so the golden outputs stay stable.
  sed -i -E 's/[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT/Wed, 25 Nov 2026 12:00:00 GMT/g; s/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/2026-11-25 12:00:00/g; s/\([0-9.]+ [KMG]?B\/s\)/(1 MB\/s)/g' "real-$name.txt"
}

capture curl-i          "curl -si $base/error"
capture curl-I          "curl -sI $base/multi"
capture curl-D          "curl -s -D - -o /dev/null $base/multi"
capture curl-v          "curl -sv $base/error 2>&1"
capture curl-L          "curl -siL $base/redirect"
capture curl-http10     "curl -si --http1.0 $base/ok"
capture curl-continue   "curl -si -H 'Expect: 100-continue' --data-binary @server.go $base/error"
capture curl-none       "curl -si $base/none"
capture curl-json       "curl -s -o /dev/null -w '%{header_json}' $base/multi"
capture wget-S          "wget -S -O /dev/null $base/redirect 2>&1"
capture httpie          "http --print=hb $base/error"
capture httpie-v        "http -v $base/multi"
capture httpie-colour   "http --pretty=colors --print=h $base/error"
capture python-requests "python3 -c \"import urllib.request as u, urllib.error as e
try: u.urlopen('$base/multi')
except e.HTTPError as x: print(dict(x.headers)); print(x.headers.items())\""
capture node-fetch      "node -e \"fetch('$base/multi').then(r => { console.log(r.headers); console.log(Object.fromEntries(r.headers)); })\""
capture node-http       "node -e \"require('http').get('$base/error', r => { console.log(r.headers); console.log(r.rawHeaders); process.exit(0) })\""
capture go-header       "go run gohdr.go $base/multi"
printf 'GET /multi HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' > /tmp/mtapi-req.txt
capture socket          "exec 3<>/dev/tcp/127.0.0.1/$port; cat /tmp/mtapi-req.txt >&3; cat <&3"
capture powershell-utf16 "curl -si $base/error | iconv -f UTF-8 -t UTF-16"
