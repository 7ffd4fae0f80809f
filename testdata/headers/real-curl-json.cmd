curl -s -o /dev/null -w '%{header_json}' http://127.0.0.1:18089/multi
