progs/golog/golog http://127.0.0.1:21980/list http://127.0.0.1:21980/notset
# audit6 (/work/wt/audit6/capture.sh), against the audit3 server on 127.0.0.1:21980
