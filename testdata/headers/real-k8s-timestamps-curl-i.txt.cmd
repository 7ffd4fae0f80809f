curl -si http://127.0.0.1:18931/list | awk '{printf "2026-12-05T23:55:58.%06dZ %s\n", NR, $0}'   # emulates kubectl logs --timestamps / docker logs -t of a pod that ran curl -si

# Captured for issue 9 against a local test server on 127.0.0.1 that sends mtapistatus values and
# decoys: the request also carries mtapistatus: 999999, and bodies and an X-Note header mention it.
# 999999 must never be reported.
