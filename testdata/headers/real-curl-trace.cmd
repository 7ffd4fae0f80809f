curl -s --trace - -o /dev/null http://127.0.0.1:18089/multi
