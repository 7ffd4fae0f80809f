curl -si --http1.0 http://127.0.0.1:18089/ok
