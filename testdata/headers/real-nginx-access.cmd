# nginx 1.22 on 127.0.0.1:18090 proxying to server.go (config written by capture.sh: log_format mt and mtjson);
# requests: curl -s -o /dev/null http://127.0.0.1:18090/{error,multi,ok,none,redirect,error?mtapistatus=5}; then:
cat /tmp/tmp.i9HdrICDHL/nginx/access.log  # nginx: log_format mt '... mtapistatus=$upstream_http_mtapistatus'
