python3 pyreqhdrs.py  (Python 3.11, requests 2.34.2; pyreqhdrs.py is beside this file)
