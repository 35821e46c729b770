#!/bin/sh
# portcullis: host cas1 of site acme-mail (192.0.2.11)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh cas1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed, and before.rules and before6.rules are the stock ones again).
# ICMP: ufw's command line cannot name ICMP types, so after the reset this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there.
# Application profiles: copy cas1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
sed -i -e '/^-A ufw-before-\(input\|output\|forward\) -p icmp .* -j ACCEPT$/d' /etc/ufw/before.rules
sed -i -e '/^-A ufw6-before-\(input\|output\|forward\) -p icmpv6 --icmpv6-type \(destination-unreachable\|packet-too-big\|time-exceeded\|parameter-problem\|echo-request\|echo-reply\) -j ACCEPT$/d' /etc/ufw/before6.rules
# pc_icmp FILE: adds the lines of standard input before the first COMMIT of FILE.
pc_icmp() { add=$(mktemp); out=$(mktemp); cat > "$add"; awk 'FNR == NR { a = a $0 "\n"; next } !d && /^COMMIT$/ { printf "%s", a; d = 1 } { print }' "$add" "$1" > "$out"; cat "$out" > "$1"; rm -f "$add" "$out"; }
ufw allow in proto tcp from 192.0.2.128/28 to any port 22 comment 'site flows[0]: SSH administration'
ufw allow in proto tcp from 0.0.0.0/0 to any port 143,443,993 comment 'mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archive client, O...'
ufw allow in proto tcp from 192.0.2.10/32 to any port 8473 comment 'mailstore-spe to-cas: internal communication with Client Access Servers'
ufw allow out proto tcp from any to 0.0.0.0/0 port 80 comment 'mailstore-spe crl-http: certificate revocation checks over HTTP'
ufw allow out proto tcp from any to 192.0.2.10/32 port 8471,8474 comment 'mailstore-spe to-mgmt,pairing: internal communication with the Management Server; initial pairing...'
ufw allow out proto tcp from any to 192.0.2.12/32 port 8472 comment 'mailstore-spe to-ih: internal communication with Instance Hosts'
ufw --force enable
