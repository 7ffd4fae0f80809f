sed 's/^/Dec 07 10:00:00 host api[4242]: /' curl-sv-list-none-base.txt  (the auditor's real curl -sv capture of /list and /none, as journalctl's short format and syslog print a service's lines)
