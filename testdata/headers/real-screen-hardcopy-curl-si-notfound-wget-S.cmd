screen -dmS a6s env PS1='$ ' bash --norc; stuff each line (2 s apart):
curl -si -H 'mtapistatus: 555002' http://127.0.0.1:21980/notfound
wget -qS -O- http://127.0.0.1:21980/single
screen -S a6s -X hardcopy -h caps/screen-hardcopy-curl-si-notfound-wget-S.txt
