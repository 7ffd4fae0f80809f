wget -S -O /dev/null http://127.0.0.1:18089/redirect 2>&1
