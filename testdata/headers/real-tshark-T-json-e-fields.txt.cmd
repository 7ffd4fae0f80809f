# audit3 (2026-12-07): a capture of curl against a test server at 127.0.0.1:18980 (/list 400, /notfound 404), read back with -e fields, run as root with stderr merged: tshark's warning comes first
tshark -r a3.pcap -Y http -T json -e frame.number -e http.request.line -e http.response.code -e http.response.line 2>&1
