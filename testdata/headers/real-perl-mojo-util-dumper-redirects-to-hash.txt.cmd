perl progs/perl_mojo.pl > caps/perl-mojo-util-dumper-redirects-to-hash.txt 2>&1   # Mojolicious 9.31
