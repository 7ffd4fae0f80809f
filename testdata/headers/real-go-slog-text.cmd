./goslog-bin text $B/list $B/notset $B/none
