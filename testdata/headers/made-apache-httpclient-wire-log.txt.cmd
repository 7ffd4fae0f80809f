hand-made: Apache HttpClient 4.x DEBUG logging of org.apache.http.wire (quoted lines with [\r][\n] markers), request and body decoys.

# Captured for issue 9 against a local test server on 127.0.0.1 that sends mtapistatus values and
# decoys: the request also carries mtapistatus: 999999, and bodies and an X-Note header mention it.
# 999999 must never be reported.
