python3 made/make_pastes.py: the /notfound exchange of caps/python-urllib-info.txt as Jira wiki tables (||Header||Value|| rows) under h3. Request / h3. Response (404)
