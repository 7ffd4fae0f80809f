curl -sv http://127.0.0.1:18089/error 2>&1
