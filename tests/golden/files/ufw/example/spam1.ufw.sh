#!/bin/sh
# portcullis: host spam1 of site acme-mail (203.0.113.10, 2001:db8:25::10)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh spam1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed, and before.rules and before6.rules are the stock ones again).
# ICMP: ufw's command line cannot name ICMP types, so after the reset this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there.
# Application profiles: copy spam1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
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
# before.rules: spamexperts in-icmp: ICMP
-A ufw-before-input -p icmp -j ACCEPT
# before.rules: spamexperts out-icmp: ICMP
-A ufw-before-output -p icmp -j ACCEPT
PORTCULLIS_ICMP
pc_icmp /etc/ufw/before6.rules <<'PORTCULLIS_ICMP'
# before6.rules: spamexperts in-icmp: ICMP
-A ufw6-before-input -p ipv6-icmp -j ACCEPT
# before6.rules: spamexperts out-icmp: ICMP
-A ufw6-before-output -p ipv6-icmp -j ACCEPT
PORTCULLIS_ICMP
ufw allow in proto tcp from any to any port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agent,in-rsync,i...'
ufw allow in proto udp from any to any port 123,10045:10049 comment 'spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
ufw allow out proto tcp from any to any port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw allow out proto tcp from any to any port 61380:61399 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw allow out proto udp from any to any port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-61380-61399:...'
ufw --force enable
