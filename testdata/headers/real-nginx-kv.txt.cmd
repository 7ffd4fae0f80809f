nginx -c /tmp/wild/nginx/nginx.conf (log_format kv, see /tmp/wild/nginx/nginx.conf); for p in r1 r2 a list gaps ok none tr; do curl -s -o /dev/null -H 'mtapistatus: 999999' http://127.0.0.1:18932/$p; done; curl -s -o /dev/null 'http://127.0.0.1:18932/a?mtapistatus=999999'; cat /tmp/wild/nginx/logs/kv.log

# Captured for issue 9 against a local test server on 127.0.0.1 that sends mtapistatus values and
# decoys: the request also carries mtapistatus: 999999, and bodies and an X-Note header mention it.
# 999999 must never be reported.
