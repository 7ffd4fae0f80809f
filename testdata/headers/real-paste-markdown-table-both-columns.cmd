python3 made/make_pastes.py: the /notfound exchange (caps/python-urllib-info.txt) as one Markdown table with Request and Response columns side by side
