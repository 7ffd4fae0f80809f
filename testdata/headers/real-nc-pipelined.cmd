printf 'GET /json HTTP/1.1\r\nHost: x\r\n\r\nGET /json-ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' | nc -q 3 127.0.0.1 18089
