package headers

// Span tags. APM tools flatten a traced request's headers into tags named for the side and the
// header: Datadog's span meta ("http.response.headers.mtapistatus": "617020", beside
// "http.request.headers.mtapistatus": what was sent) and Elastic's ECS fields as Kibana's
// document table shows them ("http.response.headers.Mtapistatus<TAB>617020"). The response's tag
// is the response's own header (a prefix of the json reader's, isHeaderKey); the request's is
// another key, never read. (OpenTelemetry's singular "http.response.header." is otlp.go's.)

// spanTagHeaderAttr is the prefix of a tag that holds a response's header.
const spanTagHeaderAttr = "http.response.headers."
