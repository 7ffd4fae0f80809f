# tmux -L a6-tmux-pane-40col-httpie-follow-all new-session -d -x 40 -y 50 'env PS1="$ " bash --norc'
# send-keys, 2 s apart:
http --follow --all -p Hh http://127.0.0.1:21980/r1 mtapistatus:555002
# tmux -L a6-tmux-pane-40col-httpie-follow-all capture-pane -p  -S -
