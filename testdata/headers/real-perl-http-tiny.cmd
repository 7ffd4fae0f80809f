perl -MHTTP::Tiny -MData::Dumper -e '$Data::Dumper::Sortkeys = 1; print Dumper(HTTP::Tiny->new->get("http://127.0.0.1:18089/redirect"))'
