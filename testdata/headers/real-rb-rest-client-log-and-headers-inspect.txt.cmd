ruby progs/rb/rblogs.rb restclient /list
