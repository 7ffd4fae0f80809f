made/make_pastes.py: e-mail reply with two levels of '> ' quoting around real curl -sv /notfound output (run/curl-sv-notfound.txt); top text mentions mtapistatus: 555001 in prose
