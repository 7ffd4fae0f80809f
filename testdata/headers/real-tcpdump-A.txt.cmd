tcpdump -r /tmp/wild2/cap2.pcap -nn -A   (cap2.pcap: tcpdump -i lo -s0 -w cap2.pcap 'tcp port 18941' during: curl -L /r1, /list, /tr, /ok with request header mtapistatus: 999999)

# Captured for issue 9 against a local test server on 127.0.0.1 that sends mtapistatus values and
# decoys: the request also carries mtapistatus: 999999, and bodies and an X-Note header mention it.
# 999999 must never be reported.
