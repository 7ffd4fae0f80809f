# tmux -L a6-tmux-pane-50col-wget-S-redirect new-session -d -x 50 -y 50 'env PS1="$ " bash --norc'
# send-keys, 2 s apart:
wget -S -O /dev/null --header 'mtapistatus: 555002' http://127.0.0.1:21980/r1
# tmux -L a6-tmux-pane-50col-wget-S-redirect capture-pane -p  -S -
