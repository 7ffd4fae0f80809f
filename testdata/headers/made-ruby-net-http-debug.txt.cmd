Hand-made: Ruby is not installed here. Written from Net::HTTP's documented debug output
(Net::HTTP#set_debug_output, as net/protocol.rb's BufferedIO writes it): "opening connection",
"<- " with the request as String#inspect, "-> " for each line read, "reading N bytes...", "read N
bytes", "Conn keep-alive"; for http = Net::HTTP.new('127.0.0.1', 18089); http.set_debug_output($stdout)
and GET /redirect then GET /error against server.go.
