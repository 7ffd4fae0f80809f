node tables.cjs console  (Node v20.20.2)
