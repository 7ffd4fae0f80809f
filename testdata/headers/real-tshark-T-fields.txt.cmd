tshark -r captures/cap1.pcap -Y 'http.response' -T fields -e frame.number -e http.response.code -e http.response.line -E header=y

# Captured for issue 9 against a local test server on 127.0.0.1 that sends mtapistatus values and
# decoys: the request also carries mtapistatus: 999999, and bodies and an X-Note header mention it.
# 999999 must never be reported.
