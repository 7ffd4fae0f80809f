# audit3 (2026-12-07): undici.request against a test server at 127.0.0.1:18980 (/list, /rep, /none); the script logs console.log("request", url, opts), console.log("response", statusCode, headers) and console.log("body", await body.text()); /none's body holds decoy header lines
node undici-request.mjs http://127.0.0.1:18980
