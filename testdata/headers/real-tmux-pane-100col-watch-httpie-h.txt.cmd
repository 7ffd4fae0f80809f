# tmux -L a7-tmux-pane-100col-watch-httpie-h new-session -d -x 100 -y 50 'env PS1="$ " U=http://127.0.0.1:21990 bash --norc'
# send-keys, 4 s apart:
watch -n 3 "http -h http://127.0.0.1:21990/list mtapistatus:555002 'X-Note:client says mtapistatus: 555004'"
# tmux -L a7-tmux-pane-100col-watch-httpie-h capture-pane -p  -S -
