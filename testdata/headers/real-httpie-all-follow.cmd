http --all --follow -p hb http://127.0.0.1:18089/redirect-json
