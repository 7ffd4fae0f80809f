HOME=/tmp/wild2 mitmdump --mode reverse:http://127.0.0.1:18941 -p 18944 --listen-host 127.0.0.1 --flow-detail 3   (then: curl -s -H 'mtapistatus: 999999' -L :18944/r1; curl -s -H 'mtapistatus: 999999' :18944/list; curl -s :18944/tr)

# Captured against a local test server on 127.0.0.1 through a mitmdump reverse proxy; the requests carry a
# decoy mtapistatus: 999999, bodies mention it. The /tr response is chunked with a trailer, which mitmproxy
# cannot read (its traceback is part of the capture).
