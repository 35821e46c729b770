#!/bin/sh
# portcullis: host mgmt1 of site acme-mail (192.0.2.10)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh mgmt1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed, and before.rules and before6.rules are the stock ones again).
# ICMP: ufw's command line cannot name ICMP types, so after the reset this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there.
# Application profiles: copy mgmt1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
sed -i -e '/^-A ufw-before-\(input\|output\|forward\) -p icmp .* -j ACCEPT$/d' /etc/ufw/before.rules
sed -i -e '/^-A ufw6-before-\(input\|output\|forward\) -p icmpv6 --icmpv6-type \(destination-unreachable\|packet-too-big\|time-exceeded\|parameter-problem\|echo-request\|echo-reply\) -j ACCEPT$/d' /etc/ufw/before6.rules
# pc_icmp FILE: adds the lines of standard input before the first COMMIT of FILE.
pc_icmp() { add=$(mktemp); out=$(mktemp); cat > "$add"; awk 'FNR == NR { a = a $0 "\n"; next } !d && /^COMMIT$/ { printf "%s", a; d = 1 } { print }' "$add" "$1" > "$out"; cat "$out" > "$1"; rm -f "$add" "$out"; }
ufw allow in proto tcp from 192.0.2.128/28 to any port 22,8470,8474 comment 'mailstore-spe adm-console,adm-api; site flows[0]: Management Console (web); Management API; SSH a...'
ufw allow in proto tcp from 192.0.2.11/32 to any port 8471,8474 comment 'mailstore-spe to-mgmt,pairing: internal communication with the Management Server; initial pairing...'
ufw allow in proto tcp from 192.0.2.12/32 to any port 8471,8474 comment 'mailstore-spe to-mgmt,pairing: internal communication with the Management Server; initial pairing...'
ufw allow out proto tcp from any to 0.0.0.0/0 port 80,587 comment 'mailstore-spe crl-http,mgmt-submission: certificate revocation checks over HTTP; Management Serve...'
# DNS name my.mailstore.com, resolved at compile time
ufw allow out proto tcp from any to 198.51.100.7/32 port 443 comment 'mailstore-spe mgmt-license: usage reporting and license updates'
ufw allow out proto tcp from any to 192.0.2.12/32 port 8472 comment 'mailstore-spe to-ih: internal communication with Instance Hosts'
ufw allow out proto tcp from any to 192.0.2.11/32 port 8473 comment 'mailstore-spe to-cas: internal communication with Client Access Servers'
ufw --force enable
