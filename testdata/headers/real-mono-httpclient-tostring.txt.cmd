mono cshttp.exe $B/list $B/r1 $B/none
