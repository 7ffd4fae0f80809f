python3 pyinfo.py $B/list $B/notfound $B/none
