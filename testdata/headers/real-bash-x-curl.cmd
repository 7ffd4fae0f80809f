bash -xc "curl -si -H 'mtapistatus: 555002' $B/notfound" 2>&1
