node tables.cjs psv > h.psv; sqlite3 :memory: 'create table h(name,value);' '.import h.psv h' '.mode box' 'select name, value from h;'  (SQLite 3.40.1)
