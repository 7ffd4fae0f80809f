# tmux -L a6-tmux-pane-44col-curl-sv-decoy-H new-session -d -x 44 -y 50 'env PS1="$ " bash --norc'
# send-keys, 2 s apart:
curl -sv -H 'mtapistatus: 555002' -H 'X-Note: retry after mtapistatus: 555004' http://127.0.0.1:21980/list
# tmux -L a6-tmux-pane-44col-curl-sv-decoy-H capture-pane -p  -S -
