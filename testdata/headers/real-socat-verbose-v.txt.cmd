printf 'GET /list HTTP/1.1\r\nHost: x\r\nmtapistatus: 999999\r\nConnection: close\r\n\r\n' | socat -v - TCP:127.0.0.1:18931 2>&1 >/dev/null

# Captured for issue 9 against a local test server on 127.0.0.1 that sends mtapistatus values and
# decoys: the request also carries mtapistatus: 999999, and bodies and an X-Note header mention it.
# 999999 must never be reported.
