java -Djdk.httpclient.HttpClient.log=headers JLog.java $B/r1 $B/notfound 2>&1
