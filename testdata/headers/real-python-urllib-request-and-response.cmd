python3 pyurllibhdrs.py  (Python 3.11.7; PORT: a Node http server on 127.0.0.1 answering /list as tables.cjs does: 400, mtapistatus 617020,901001, an X-Trace decoy)
