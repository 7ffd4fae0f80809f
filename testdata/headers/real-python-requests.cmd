python3 -c "import urllib.request as u, urllib.error as e
try: u.urlopen('http://127.0.0.1:18089/multi')
except e.HTTPError as x: print(dict(x.headers)); print(x.headers.items())"
