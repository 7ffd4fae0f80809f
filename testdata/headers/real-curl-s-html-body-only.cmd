made/make_pastes.py: real curl -s http://127.0.0.1:18960/page (body only: <p>Response Headers<br>mtapistatus: 999999</p> and a fetch() with 'mtapistatus':'555001'). Expected: nothing
