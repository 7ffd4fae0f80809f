java JUrlConn.java $B/list $B/none
