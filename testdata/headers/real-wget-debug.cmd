wget --debug -O /dev/null --header 'mtapistatus: 5' http://127.0.0.1:18089/redirect 2>&1
