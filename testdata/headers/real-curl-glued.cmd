curl -si http://127.0.0.1:18089/json http://127.0.0.1:18089/json-ok
