# Captured for audit5 (issue 18) against a local test server on 127.0.0.1 that sends mtapistatus values and decoys.
mono progs/Handler.exe $U/list $U/rep $U/r1 $U/echo
