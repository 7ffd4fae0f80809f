# audit3 (2026-12-07): a node:http2 client over h2c (prior knowledge) against a test server at 127.0.0.1:18980 (/list, /rep, /notfound); the script logs console.log(">> request headers", reqHeaders), console.log("<< response headers", headers) and console.log("<< body", JSON.stringify(body)) for each stream
node http2-client.cjs http://127.0.0.1:18980
