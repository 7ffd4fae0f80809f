cd /tmp/wild2 && java JUL.java http://127.0.0.1:18941

# The program is testdata/headers/JUL.java (java.util.logging at FINE for sun.net.www.protocol.http).
# Captured against a local test server on 127.0.0.1; the request carries a decoy mtapistatus: 999999.
