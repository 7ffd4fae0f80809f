./resty-debug $B/list $B/r1 $B/none
