./goslog-bin json $B/list $B/r1 $B/none $B/notfound
