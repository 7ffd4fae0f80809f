curl -s http://127.0.0.1:18089/none
