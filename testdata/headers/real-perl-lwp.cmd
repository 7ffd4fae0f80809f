perl -MLWP::UserAgent -MData::Dumper -e '$Data::Dumper::Sortkeys = 1; my $r = LWP::UserAgent->new->get("http://127.0.0.1:18089/multi"); print Dumper($r->headers); print Dumper($r)'
