node -e "fetch('http://127.0.0.1:18089/multi').then(r => { console.log(r.headers); console.log(Object.fromEntries(r.headers)); })"
