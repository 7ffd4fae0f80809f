// Real box-drawn and ASCII tables of a real response's headers, for the box-table captures:
//   node tables.cjs console-both   console.table of the request's and the response's headers
//   node tables.cjs console        console.table of the response's headers alone
//   node tables.cjs cli-table3     cli-table3 (newman's table printer), in its default colours
//   node tables.cjs psv            the response's headers as name|value lines, for sqlite3
// It starts a server on 127.0.0.1 (an ephemeral port) that answers /notfound with 404 and
// mtapistatus 4041003, and /list with 400, mtapistatus 617020,901001 and an X-Trace decoy, then
// requests it with a decoy request header. cli-table3 is resolved from NODE_PATH.
const http = require('http');
const mode = process.argv[2];
const srv = http.createServer((req, res) => {
  if (req.url === '/list') {
    res.writeHead(400, { 'Content-Type': 'application/json', mtapistatus: '617020,901001', 'X-Trace': 'upstream said mtapistatus: 555006' });
    res.end('{"errors":["mtapistatus: 999999"]}');
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain', mtapistatus: '4041003' });
    res.end('not found\n');
  }
});
srv.listen(0, '127.0.0.1', () => {
  const path = mode === 'console-both' ? '/notfound' : '/list';
  const reqh = { mtapistatus: '555001', 'X-Note': 'retry after mtapistatus: 555004' };
  const req = http.get({ host: '127.0.0.1', port: srv.address().port, path, headers: reqh }, (res) => {
    switch (mode) {
      case 'console-both':
        console.log('Request headers');
        console.table(req.getHeaders());
        console.log(`Response headers (${res.statusCode} ${res.statusMessage})`);
        console.table(res.headers);
        console.table(Object.entries(res.headers));
        break;
      case 'console':
        console.table(res.headers);
        break;
      case 'cli-table3': {
        const Table = require('cli-table3');
        const t = new Table({ head: ['Header', 'Value'] });
        for (const [k, v] of Object.entries(res.headers)) t.push([k, v]);
        console.log(`GET ${path} -> ${res.statusCode}`);
        console.log(t.toString());
        break;
      }
      case 'psv':
        for (const [k, v] of Object.entries(res.headers)) console.log(`${k}|${v}`);
        break;
    }
    res.resume();
    srv.close();
  });
});
