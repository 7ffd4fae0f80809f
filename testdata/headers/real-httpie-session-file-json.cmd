# Captured for audit5 (issue 18) against a local test server on 127.0.0.1 that sends mtapistatus values and decoys.
rm -f /tmp/a5-session.json; http --session=/tmp/a5-session.json --print= $U/list mtapistatus:555002 "X-Note:retry after mtapistatus: 555004"; cat /tmp/a5-session.json
