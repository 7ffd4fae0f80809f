# tmux -L a6-tmux-pane-40col-curl-sv-trace-time-value-wraps new-session -d -x 40 -y 50 'env PS1="$ " bash --norc'
# send-keys, 2 s apart:
curl -sv --trace-time http://127.0.0.1:21980/list -o /dev/null
# tmux -L a6-tmux-pane-40col-curl-sv-trace-time-value-wraps capture-pane -p  -S -
