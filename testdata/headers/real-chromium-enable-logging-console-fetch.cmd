# Captured for audit5 (issue 18) against a local test server on 127.0.0.1 that sends mtapistatus values and decoys.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --enable-logging=stderr --v=0 --virtual-time-budget=5000 --dump-dom file://$PWD/run/console-page.html
