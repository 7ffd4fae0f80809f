# audit3 (2026-12-07): axios with interceptors against a test server at 127.0.0.1:18980; the interceptors log console.log("[axios] request", method, url, config.headers), console.log("[axios] response", status, statusText, headers) and console.log("[axios] data", res.data); /r1's body holds decoy header lines
node axios-interceptors.cjs http://127.0.0.1:18980
