python3 -c "import http.client as h
c = h.HTTPConnection('127.0.0.1', 18089); c.set_debuglevel(1)
for p in ('/redirect', '/error', '/multi'):
    c.request('GET', p, headers={'mtapistatus': '999999'}); r = c.getresponse(); r.read()"
