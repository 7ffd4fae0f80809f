curl -si --raw -H 'mtapistatus: 555001' -H 'X-Note: retry after mtapistatus: 555004' $B/chunked
