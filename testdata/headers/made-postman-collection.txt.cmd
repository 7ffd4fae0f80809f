hand-made from the Postman Collection v2.1 schema (saved example responses use key/value header arrays, code + status). Postman not installable here.
