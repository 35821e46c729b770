#!/bin/sh
# portcullis: host h1 of site t (203.0.113.10, 2001:db8:10::10)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh h1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed, and before.rules and before6.rules are the stock ones again).
# ICMP: ufw's command line cannot name ICMP types, so after the reset this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there.
# Application profiles: copy h1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
sed -i -e '/^-A ufw-before-\(input\|output\|forward\) -p icmp .* -j ACCEPT$/d' /etc/ufw/before.rules
sed -i -e '/^-A ufw6-before-\(input\|output\|forward\) -p icmpv6 --icmpv6-type \(destination-unreachable\|packet-too-big\|time-exceeded\|parameter-problem\|echo-request\|echo-reply\) -j ACCEPT$/d' /etc/ufw/before6.rules
# pc_icmp FILE: adds the lines of standard input before the first COMMIT of FILE.
pc_icmp() { add=$(mktemp); out=$(mktemp); cat > "$add"; awk 'FNR == NR { a = a $0 "\n"; next } !d && /^COMMIT$/ { printf "%s", a; d = 1 } { print }' "$add" "$1" > "$out"; cat "$out" > "$1"; rm -f "$add" "$out"; }
pc_icmp /etc/ufw/before.rules <<'PORTCULLIS_ICMP'
# before.rules: spammertrap in-icmp-diag,lan-in-icmp: ICMP diagnostics (not pings); pings and diagnostics for health monitoring
-A ufw-before-input -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -p icmp --icmp-type 12 -j ACCEPT
PORTCULLIS_ICMP
ufw allow in proto tcp from any to any port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https,lan-in-smtp,lan-in-http,lan-in-https: receive mail;...'
ufw allow out proto tcp from any to any port 25,43,53,80,110,143,389,443,587,636,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission,lan-out-smtp...'
ufw allow out proto udp from any to any port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc,lan-out-dns: DNS blacklist and MX lookups; NTP time; DCC chec...'
ufw --force enable
