hand-made logfmt (Go slog TextHandler / logrus text) lines: req_mtapistatus decoy, empty value, URL query decoy.

# Captured for issue 9 against a local test server on 127.0.0.1 that sends mtapistatus values and
# decoys: the request also carries mtapistatus: 999999, and bodies and an X-Note header mention it.
# 999999 must never be reported.
