# captured first: tshark -i lo -f 'tcp port 18093' -w h1.pcapng during curl -s -o /dev/null -H 'mtapistatus: 5' http://127.0.0.1:18093/error (server.go on port 18093); then read back with:
tshark -r h1.pcapng -T ek -Y http 2>/dev/null
