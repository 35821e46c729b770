#!/bin/sh
# portcullis: host mx1 of site acme-mail (203.0.113.30, 2001:db8:25::30)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh mx1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: the plan has no ICMP rule; ufw's stock before.rules still accepts ICMP echo requests and errors (remove those lines for least privilege).
# Application profiles: copy mx1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
ufw allow in proto tcp from any to any port 25,443,465,993 comment 'mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming users submit m...'
ufw allow out proto tcp from any to any port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw --force enable
