# captured first: tshark -i lo -f 'tcp port 18089' -w h2.pcapng during nghttp -n http://127.0.0.1:18089/error and curl -s --http2-prior-knowledge http://127.0.0.1:18089/trailer; then read back with:
tshark -r /tmp/tmp.ra6NjZW72Y/h2.pcapng -d tcp.port==18089,http2 -V -Y http2 2>/dev/null
