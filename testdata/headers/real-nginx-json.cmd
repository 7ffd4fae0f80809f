cat /tmp/tmp.i9HdrICDHL/nginx/access.json  # nginx: log_format mtjson escape=json '{...,"mtapistatus":"$upstream_http_mtapistatus"}'
