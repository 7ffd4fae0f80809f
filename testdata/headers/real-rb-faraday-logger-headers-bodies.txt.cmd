ruby progs/rb/rblogs.rb faraday /list /notset
