made/make_pastes.py: Zendesk ticket thread, prose only: codes mentioned inside sentences, never as a header line of their own. Expected: nothing
