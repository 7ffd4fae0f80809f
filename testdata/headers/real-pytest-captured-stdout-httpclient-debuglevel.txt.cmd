cd progs && /usr/bin/python3 -m pytest -q -p no:cacheprovider test_mtapi.py
# audit6 (/work/wt/audit6/capture.sh), against the audit3 server on 127.0.0.1:21980
