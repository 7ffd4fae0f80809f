ruby progs/rb/rblogs.rb excon /list
