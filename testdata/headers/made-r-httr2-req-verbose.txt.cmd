made: python3 made/make_pastes.py; reproduces the format of R httr2's req_verbose() ('-> ' request headers, '<- ' response headers, '<< ' body), https://httr2.r-lib.org/reference/req_verbose.html
