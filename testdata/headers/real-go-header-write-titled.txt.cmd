# A Go client (audit4 progs/gojson, -write) against the audit server (/list, /rep), printing each
# exchange as:
#   os.Stdout.WriteString("--- request " + req.Method + " " + u + " ---\n"); req.Header.Write(os.Stdout)
#   os.Stdout.WriteString("--- response " + resp.Status + " ---\n"); resp.Header.Write(os.Stdout)
# with request headers mtapistatus: 555001 and X-Note: retry after mtapistatus: 555004.
gojson -write http://127.0.0.1:19980/list http://127.0.0.1:19980/rep
