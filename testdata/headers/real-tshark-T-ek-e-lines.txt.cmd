# tshark 4.0 as root (its "Running as user" chatter on stderr, 2>&1) over a capture of three
# curl requests (-H 'mtapistatus: 555001' -H 'X-Note: retry after mtapistatus: 555004') to the audit
# server's /list, /rep and /notfound:
tshark -r base.pcap -Y http -T ek -e http.request.line -e http.response.line 2>&1
