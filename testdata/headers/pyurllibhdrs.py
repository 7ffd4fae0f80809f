import urllib.request
req = urllib.request.Request("http://127.0.0.1:PORT/list", headers={"mtapistatus": "555001", "X-Note": "retry after mtapistatus: 555004"})
try:
    resp = urllib.request.urlopen(req)
except urllib.error.HTTPError as e:
    resp = e
print(req.header_items())
print(resp.getheaders())
print(req.headers)
print(resp.headers)
