/usr/bin/python3 progs/py/vcr_record.py /tmp/audit7a-vcrpy.yaml /rep /notset /list && cat /tmp/audit7a-vcrpy.yaml
