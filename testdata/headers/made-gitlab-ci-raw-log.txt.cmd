made/make_pastes.py: GitLab CI raw job log (section_start/section_end with \r ESC[0K, green $ command echo) around run/curl-sv-list.txt
