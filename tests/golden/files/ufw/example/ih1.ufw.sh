#!/bin/sh
# portcullis: host ih1 of site acme-mail (192.0.2.12)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh ih1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: the plan has no ICMP rule; ufw's stock before.rules still accepts ICMP echo requests and errors (remove those lines for least privilege).
# Application profiles: copy ih1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
ufw allow in proto tcp from 192.0.2.128/28 to any port 22 comment 'site flows[0]: SSH administration'
ufw allow in proto tcp from 192.0.2.10/32 to any port 8472 comment 'mailstore-spe to-ih: internal communication with Instance Hosts'
ufw allow in proto tcp from 192.0.2.11/32 to any port 8472 comment 'mailstore-spe to-ih: internal communication with Instance Hosts'
ufw allow out proto tcp from any to 0.0.0.0/0 port 80,110,143,389,443,587,636,993,995,4040 comment 'mailstore-spe crl-http,ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,ih-submission,ih-ldaps,ih-imaps,...'
ufw allow out proto tcp from any to 192.0.2.10/32 port 8471,8474 comment 'mailstore-spe to-mgmt,pairing: internal communication with the Management Server; initial pairing...'
ufw --force enable
