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
ufw allow in proto tcp from any to any port 20:22,25,53,80,389,443,636,990,3269,9090,11371 comment 'clearswift-seg ftp-data-in,ftp-in,ftps-explicit-in,ssh-in,smtp-in,livefeed-in,pmm-http-in,ldap-in...'
ufw allow in proto udp from any to any port 53,123,19200 comment 'clearswift-seg livefeed-in,ntp-in,greylist-in: TRUSTmanager LiveFeed checks; NTP; greylisting dat...'
ufw allow out proto tcp from any to any port 20:22,25,53,80,135,139,389,443,445,514,636,990,3268:3269 comment 'clearswift-seg ftp-data-out,ftp-out,ftps-explicit-out,sftp-out,smtp-out,livefeed-out,dns-out,upda...'
ufw allow out proto tcp from any to any port 9090,11371 comment 'clearswift-seg ftp-data-out,ftp-out,ftps-explicit-out,sftp-out,smtp-out,livefeed-out,dns-out,upda...'
ufw allow out proto udp from any to any port 53,123,137,161:162,19200 comment 'clearswift-seg livefeed-out,dns-out,ntp-out,ntlm-out,snmp-out,snmp-traps,greylist-out: TRUSTmanag...'
ufw --force enable
