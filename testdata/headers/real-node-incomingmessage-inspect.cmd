node progs/node_incoming_inspect.js
