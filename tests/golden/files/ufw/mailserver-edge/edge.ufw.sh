#!/bin/sh
# portcullis: network firewall edge of site t
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh edge.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: the plan has no ICMP rule; ufw's stock before.rules still accepts ICMP echo requests and errors (remove those lines for least privilege).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
ufw route allow in on wan out on dmz proto tcp from 0.0.0.0/0 to 203.0.113.10/32 port 25,80,110,143,443,465,993,995 comment 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers del...'
ufw route allow in on wan out on dmz proto tcp from ::/0 to 2001:db8:10::10/128 port 25,80,110,143,443,465,993,995 comment 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers del...'
ufw route allow in on dmz out on wan proto tcp from 203.0.113.10/32 to 0.0.0.0/0 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on dmz out on wan proto tcp from 2001:db8:10::10/128 to ::/0 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw --force enable
