NODE_DEBUG=http,net node progs/node/nd.js > caps/node-debug-http-net-rawheaders-json.txt 2>&1   # node v20.20.2
