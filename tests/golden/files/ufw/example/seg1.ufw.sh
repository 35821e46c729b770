#!/bin/sh
# portcullis: host seg1 of site acme-mail (203.0.113.40)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh seg1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed, and before.rules and before6.rules are the stock ones again).
# ICMP: ufw's command line cannot name ICMP types, so after the reset this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there.
# Application profiles: copy seg1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
sed -i -e '/^-A ufw-before-\(input\|output\|forward\) -p icmp .* -j ACCEPT$/d' /etc/ufw/before.rules
sed -i -e '/^-A ufw6-before-\(input\|output\|forward\) -p icmpv6 --icmpv6-type \(destination-unreachable\|packet-too-big\|time-exceeded\|parameter-problem\|echo-request\|echo-reply\) -j ACCEPT$/d' /etc/ufw/before6.rules
# pc_icmp FILE: adds the lines of standard input before the first COMMIT of FILE.
pc_icmp() { add=$(mktemp); out=$(mktemp); cat > "$add"; awk 'FNR == NR { a = a $0 "\n"; next } !d && /^COMMIT$/ { printf "%s", a; d = 1 } { print }' "$add" "$1" > "$out"; cat "$out" > "$1"; rm -f "$add" "$out"; }
ufw allow in proto tcp from 192.0.2.128/28 to any port 22,443 comment 'clearswift-seg ssh-in,https-in: SSH console access; web interface'
ufw allow in proto tcp from 0.0.0.0/0 to any port 25 comment 'clearswift-seg smtp-in: inbound SMTP'
ufw allow in proto tcp from 192.0.2.0/25 to any port 389,636,3269 comment 'clearswift-seg ldap-in,ldaps-in,gc-ssl-in: LDAP directory access; LDAP over TLS; Active Directory...'
ufw allow out proto tcp from any to 0.0.0.0/0 port 25,80,443 comment 'clearswift-seg smtp-out,updates-out,https-out: outbound SMTP; product, OS, anti-virus, spam engin...'
ufw allow out proto tcp from any to 192.0.2.53/32 port 53 comment 'clearswift-seg dns-out: DNS requests to the configured servers'
ufw allow out proto tcp from any to 192.0.2.0/25 port 389,636,3268:3269 comment 'clearswift-seg ldap-out,ldaps-out,gc-out,gc-ssl-out: LDAP directory access; LDAP over TLS; Active...'
ufw allow out proto udp from any to 192.0.2.53/32 port 53 comment 'clearswift-seg dns-out: DNS requests to the configured servers'
ufw --force enable
