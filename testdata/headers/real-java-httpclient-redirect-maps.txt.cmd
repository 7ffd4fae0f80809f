java JHttp.java $B/r1
