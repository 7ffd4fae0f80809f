made/make_pastes.py: journalctl -o export form (KEY=value lines, entries separated by a blank line) around run/curl-sv-list.txt
