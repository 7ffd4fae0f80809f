hand-made: free-text log lines whose first token ends in a colon (Python logging default format 'LEVEL:logger:msg', Node 'Error: ...' messages, 'app: ...' prefixes)

# Captured for issue 9 against a local test server on 127.0.0.1 that sends mtapistatus values and
# decoys: the request also carries mtapistatus: 999999, and bodies and an X-Note header mention it.
# 999999 must never be reported.
