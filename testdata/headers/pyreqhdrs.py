# Real output of Python requests printing a request's headers and then its response's, for the
# capture real-python-requests-request-and-response.txt:
#   python3 pyreqhdrs.py
# A server on 127.0.0.1 (an ephemeral port) answers /list with 400, mtapistatus 617020,901001 and
# an X-Trace decoy; the client sends mtapistatus 555001 and an X-Note decoy.
import http.server, threading, requests

class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"errors":["mtapistatus: 999999"]}'
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("mtapistatus", "617020,901001")
        self.send_header("X-Trace", "upstream said mtapistatus: 555006")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass

srv = http.server.HTTPServer(("127.0.0.1", 0), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
r = requests.get("http://127.0.0.1:%d/list" % srv.server_port,
                 headers={"mtapistatus": "555001", "X-Note": "retry after mtapistatus: 555004"})
print(r.request.headers)
print(r.status_code, r.reason)
print(r.headers)
print(dict(r.request.headers))
print(dict(r.headers))
srv.shutdown()
