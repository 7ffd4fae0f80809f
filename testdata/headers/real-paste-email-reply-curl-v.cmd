python3 made/make_pastes.py: caps/curl-v-dup.txt quoted with '> ' inside an e-mail reply (so '> > mtapistatus: 555001' is the quoted request and '> < Mtapistatus: 617020' the quoted response)
