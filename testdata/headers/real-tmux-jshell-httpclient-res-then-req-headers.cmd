# tmux -L a6-tmux-jshell-httpclient-res-then-req-headers new-session -d -x 100 -y 50 'env PS1="$ " bash --norc'
# send-keys, 2 s apart:
jshell
var c = java.net.http.HttpClient.newHttpClient()
var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:21980/list")).header("mtapistatus", "555002").build()
var res = c.send(req, java.net.http.HttpResponse.BodyHandlers.ofString())
res.headers()
req.headers()
res.body()
/exit
# tmux -L a6-tmux-jshell-httpclient-res-then-req-headers capture-pane -p  -S -
