script -q -c "curl -si -H 'mtapistatus: 555002' $B/r1 -L" /tmp/typescript-cap >/dev/null; cat /tmp/typescript-cap
