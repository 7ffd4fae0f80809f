node tables.cjs psv > h.psv; sqlite3 :memory: 'create table h(name,value);' '.import h.psv h' '.mode table' 'select name, value from h;'  (SQLite 3.40.1)
