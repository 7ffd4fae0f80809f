curl -s -o /dev/null --libcurl - -H 'mtapistatus: 555002' $B/single
