node progs/node/winston-axios.js json /list /notfound
