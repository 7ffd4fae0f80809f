http --print=hb $B/chunked 'mtapistatus:555001'
