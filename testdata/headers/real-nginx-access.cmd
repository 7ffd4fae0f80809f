cat /tmp/tmp.i9HdrICDHL/nginx/access.log  # nginx: log_format mt '... mtapistatus=$upstream_http_mtapistatus'
