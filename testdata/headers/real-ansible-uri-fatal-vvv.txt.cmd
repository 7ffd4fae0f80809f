ANSIBLE_NOCOLOR=1 ansible-playbook -i localhost, -c local progs/uri.yml -e u=http://127.0.0.1:21980 -vvv
# audit6 (/work/wt/audit6/capture.sh), against the audit3 server on 127.0.0.1:21980
