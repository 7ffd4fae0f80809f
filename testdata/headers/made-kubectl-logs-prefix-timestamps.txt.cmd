made/make_pastes.py: kubectl logs --prefix --timestamps form around run/curl-sv-list.txt
