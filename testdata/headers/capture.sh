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

only=${1:-}
capture() { # name, command
  local name=$1 cmd=$2
  if [ -n "$only" ] && [[ $name != $only* ]]; then return; fi
  printf '%s\n' "$cmd" > "real-$name.cmd"
  bash -c "$cmd" > "real-$name.txt" 2>&1 || true
  # Dates and ports change on every run; fix them so the golden outputs stay stable.
  sed -i -E 's/\[ *[0-9]+\.[0-9]{3}\]/[  0.000]/g; s/[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}/12:00:00.000000/g; s/[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT/Wed, 25 Nov 2026 12:00:00 GMT/g; s/[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}/2026-11-25 12:00:00/g; s/\([0-9.]+ [KMG]?B\/s\)/(1 MB\/s)/g' "real-$name.txt"
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
capture wget-debug      "wget --debug -O /dev/null --header 'mtapistatus: 5' $base/redirect 2>&1"
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

# Issue 9: debug and trace output, language dumps, logs and glued responses.
capture curl-s-body     "curl -s $base/none"
capture curl-s-error    "curl -s $base/error"
capture curl-trace-ascii "curl -s --trace-ascii - $base/error"
capture curl-trace      "curl -s --trace - -o /dev/null $base/multi"
capture curl-D-trailer  "curl -s -D - -o /dev/null $base/trailer"
capture curl-i-trailer  "curl -si $base/trailer"
capture curl-glued      "curl -si $base/json $base/json-ok"
capture curl-L-glued    "curl -siL $base/redirect-json"
capture nc-pipelined    "printf 'GET /json HTTP/1.1\r\nHost: x\r\n\r\nGET /json-ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' | nc -q 3 127.0.0.1 $port"
capture httpie-all-follow "http --all --follow -p hb $base/redirect-json"
capture nghttp-v        "nghttp -v $base/error"
capture nghttp-nv-trailer "nghttp -nv $base/trailer"
capture python-httpclient "python3 -c \"import http.client as h
c = h.HTTPConnection('127.0.0.1', $port); c.set_debuglevel(1)
for p in ('/redirect', '/error', '/multi'):
    c.request('GET', p, headers={'mtapistatus': '999999'}); r = c.getresponse(); r.read()\""
capture python-requests-logging "python3 -c \"import logging, http.client, requests
http.client.HTTPConnection.debuglevel = 1
logging.basicConfig(); logging.getLogger().setLevel(logging.DEBUG)
l = logging.getLogger('urllib3'); l.setLevel(logging.DEBUG); l.propagate = True
r = requests.get('$base/redirect'); print(r.headers)\" 2>&1"
capture perl-http-tiny  "perl -MHTTP::Tiny -MData::Dumper -e '\$Data::Dumper::Sortkeys = 1; print Dumper(HTTP::Tiny->new->get(\"$base/redirect\"))'"
capture perl-lwp        "perl -MLWP::UserAgent -MData::Dumper -e '\$Data::Dumper::Sortkeys = 1; my \$r = LWP::UserAgent->new->get(\"$base/multi\"); print Dumper(\$r->headers); print Dumper(\$r)'"
capture php-print_r     "php -r 'print_r(get_headers(\"$base/redirect\", true)); \$x = file_get_contents(\"$base/multi\", false, stream_context_create([\"http\" => [\"ignore_errors\" => true]])); print_r(\$http_response_header);'"
capture php-var_dump    "php -r 'var_dump(get_headers(\"$base/multi\", true)); \$x = file_get_contents(\"$base/redirect\", false, stream_context_create([\"http\" => [\"ignore_errors\" => true]])); var_dump(\$http_response_header);'"
# tshark: capture a few requests on loopback, then read the capture back in three forms.
if [ -z "$only" ] || [[ tshark == $only* ]]; then
  pcap=$tmp/lo.pcapng
  tshark -i lo -f "tcp port $port" -w "$pcap" -q & ts=$!
  sleep 2; curl -s -o /dev/null $base/error; curl -s -o /dev/null $base/multi; sleep 1; kill -INT $ts; wait $ts || true
  capture tshark-V     "tshark -r $pcap -V -Y http 2>/dev/null"
  capture tshark-O     "tshark -r $pcap -O http -Y http 2>/dev/null"
  capture tshark-json  "tshark -r $pcap -T json -Y http 2>/dev/null"
  capture tshark-ek    "tshark -r $pcap -T ek -Y http 2>/dev/null"
  sed -i "1i # captured first: tshark -i lo -f 'tcp port $port' -w lo.pcapng during curl -s $base/error and $base/multi; then read back with:" real-tshark-*.cmd
fi
# The same for HTTP/2 (h2c with prior knowledge): nghttp and curl, one with a trailer.
if [ -z "$only" ] || [[ tshark-h2 == $only* ]]; then
  pcap=$tmp/h2.pcapng
  tshark -i lo -f "tcp port $port" -w "$pcap" -q & ts=$!
  sleep 2; nghttp -n $base/error; curl -s --http2-prior-knowledge -o /dev/null $base/trailer; sleep 1; kill -INT $ts; wait $ts || true
  capture tshark-h2-V    "tshark -r $pcap -d tcp.port==$port,http2 -V -Y http2 2>/dev/null"
  capture tshark-h2-json "tshark -r $pcap -d tcp.port==$port,http2 -T json -Y http2 2>/dev/null"
  sed -i "1i # captured first: tshark -i lo -f 'tcp port $port' -w h2.pcapng during nghttp -n $base/error and curl -s --http2-prior-knowledge $base/trailer; then read back with:" real-tshark-h2-*.cmd
fi
# nginx in front of the server, logging the upstream's mtapistatus in a key=value field and as JSON.
if [ -z "$only" ] || [[ nginx == $only* ]]; then
  ng=$tmp/nginx; mkdir -p "$ng"
  cat > "$ng/nginx.conf" <<CONF
pid $ng/nginx.pid; error_log $ng/error.log; daemon on;
events {}
http {
  log_format mt '\$remote_addr - \$remote_user [\$time_local] "\$request" \$status \$body_bytes_sent "\$http_referer" "\$http_user_agent" mtapistatus=\$upstream_http_mtapistatus';
  log_format mtjson escape=json '{"time":"\$time_iso8601","request":"\$request","status":\$status,"mtapistatus":"\$upstream_http_mtapistatus"}';
  access_log $ng/access.log mt; access_log $ng/access.json mtjson;
  client_body_temp_path $ng; proxy_temp_path $ng; fastcgi_temp_path $ng; uwsgi_temp_path $ng; scgi_temp_path $ng;
  server { listen 127.0.0.1:18090; location / { proxy_pass $base; } }
}
CONF
  nginx -c "$ng/nginx.conf"; sleep 0.5
  for p in error multi ok none redirect 'error?mtapistatus=5'; do curl -s -o /dev/null "http://127.0.0.1:18090/$p"; done
  kill "$(cat "$ng/nginx.pid")"; sleep 0.5
  capture nginx-access "cat $ng/access.log  # nginx: log_format mt '... mtapistatus=\$upstream_http_mtapistatus'"
  capture nginx-json   "cat $ng/access.json  # nginx: log_format mtjson escape=json '{...,\"mtapistatus\":\"\$upstream_http_mtapistatus\"}'"
  sed -i "1i # nginx on 127.0.0.1:18090 proxying to server.go (config above: log_format mt and mtjson);\n# requests: curl -s -o /dev/null http://127.0.0.1:18090/{error,multi,ok,none,redirect,error?mtapistatus=5}; then:" real-nginx-*.cmd
  sed -i -E 's#[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:[0-9:]{8} \+0000#25/Nov/2026:12:00:00 +0000#g; s#[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\+00:00#2026-11-25T12:00:00+00:00#g' real-nginx-access.txt real-nginx-json.txt
fi
