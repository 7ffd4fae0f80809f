ruby progs/rb/vcr_record.rb /tmp /list /notfound && cat /tmp/a7.yml
