GODEBUG=http2debug=2 ./goh2-bin $CA ${S}/list ${S}/r1 2>&1
