exec 3<>/dev/tcp/127.0.0.1/18089; cat /tmp/mtapi-req.txt >&3; cat <&3
