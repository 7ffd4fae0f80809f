# audit3 (2026-12-07): Mojolicious 9 against a test server at $U=http://127.0.0.1:18980 whose /r1 redirects (302) to /r2, which redirects (307) to /final (400, a body with decoy header lines); MOJO_CLIENT_DEBUG writes each CR as a literal \x0d
MOJO_CLIENT_DEBUG=1 mojo get -r -H "mtapistatus: 555002" $U/r1 2>&1
