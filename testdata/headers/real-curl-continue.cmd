curl -si -H 'Expect: 100-continue' --data-binary @server.go http://127.0.0.1:18089/error
