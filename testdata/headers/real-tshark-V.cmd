# captured first: tshark -i lo -f 'tcp port 18089' -w lo.pcapng during curl -s http://127.0.0.1:18089/error and http://127.0.0.1:18089/multi; then read back with:
tshark -r /tmp/tmp.nT2WoFvzX8/lo.pcapng -V -Y http 2>/dev/null
