python3 -c "import logging, http.client, requests
http.client.HTTPConnection.debuglevel = 1
logging.basicConfig(); logging.getLogger().setLevel(logging.DEBUG)
l = logging.getLogger('urllib3'); l.setLevel(logging.DEBUG); l.propagate = True
r = requests.get('http://127.0.0.1:18089/redirect'); print(r.headers)" 2>&1
