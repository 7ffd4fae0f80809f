<?php
$ctx = stream_context_create(['http' => ['ignore_errors' => true, 'header' => "X-Note: retry after mtapistatus: 555004\r\nmtapistatus: 555001\r\n"]]);
$port = $argv[1];
$body = file_get_contents("http://127.0.0.1:$port/list", false, $ctx);
print_r(stream_context_get_options($ctx));
print_r($http_response_header);
var_dump($http_response_header);
