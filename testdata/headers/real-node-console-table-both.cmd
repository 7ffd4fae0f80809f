node tables.cjs console-both  (Node v20.20.2; tables.cjs is beside this file)
