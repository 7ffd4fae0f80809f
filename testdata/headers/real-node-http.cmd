node -e "require('http').get('http://127.0.0.1:18089/error', r => { console.log(r.headers); console.log(r.rawHeaders); process.exit(0) })"
