#!/bin/sh
# portcullis: host h1 of site t (203.0.113.10, 2001:db8:10::10)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh h1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: the plan has no ICMP rule; ufw's stock before.rules still accepts ICMP echo requests and errors (remove those lines for least privilege).
# Application profiles: copy h1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
ufw allow in proto tcp from any to any port 25,80,110,143,443,465,993,995 comment 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers del...'
ufw allow out proto tcp from any to any port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw --force enable
