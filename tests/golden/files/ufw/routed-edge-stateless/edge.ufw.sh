#!/bin/sh
# portcullis: network firewall edge of site routed
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh edge.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed, and before.rules and before6.rules are the stock ones again).
# ICMP: ufw's command line cannot name ICMP types, so after the reset this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there.
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
# before.rules: spammertrap in-icmp-diag: ICMP diagnostics (not pings)
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
# before.rules: spammertrap in-icmp-diag,lan-in-icmp: ICMP diagnostics (not pings); pings and diagnostics for health monitoring
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
# before.rules: spammertrap in-icmp-diag: ICMP diagnostics (not pings)
-A ufw-before-forward -i eth3 -o eth1 -s 198.18.5.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth3 -o eth1 -s 198.18.5.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth3 -o eth1 -s 198.18.5.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth3 -o eth1 -s 198.18.5.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
PORTCULLIS_ICMP
ufw route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.25/32 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw route allow in on eth0 out on eth1 proto tcp from ::/0 to 2001:db8:25::25/128 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw route allow in on eth0 out on eth2 proto tcp from 0.0.0.0/0 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers del...'
ufw route allow in on eth0 out on eth2 proto tcp from ::/0 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers del...'
ufw route allow in on eth0 out on eth2 proto tcp from 0.0.0.0/0 to 192.0.2.10/32 port 143,443,993 comment 'mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archive client, O...'
ufw route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 0.0.0.0/0 port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to ::/0 port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 0.0.0.0/0 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to ::/0 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.0/24 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers del...'
ufw route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::/64 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers del...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.25/32 to 192.0.2.0/25 port 25,43,53,80,110,143,389,443,587,636,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission,lan-out-smtp...'
ufw route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 25,43,53,80,110,143,389,443,587,636,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission,lan-out-smtp...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.0/24 to 192.0.2.10/32 port 143,443,993 comment 'mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archive client, O...'
ufw route allow in on eth1 out on eth2 proto udp from 203.0.113.25/32 to 192.0.2.0/25 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc,lan-out-dns: DNS blacklist and MX lookups; NTP time; DCC chec...'
ufw route allow in on eth1 out on eth2 proto udp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc,lan-out-dns: DNS blacklist and MX lookups; NTP time; DCC chec...'
ufw route allow in on eth1 out on eth3 proto tcp from 203.0.113.25/32 to 198.18.5.0/24 port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw route allow in on eth1 out on eth3 proto udp from 203.0.113.25/32 to 198.18.5.0/24 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 0.0.0.0/0 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to ::/0 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 0.0.0.0/0 port 80,443 comment 'site flows[0]: web browsing from the LAN'
ufw route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to ::/0 port 80,443 comment 'site flows[0]: web browsing from the LAN'
ufw route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 0.0.0.0/0 port 80,110,143,389,443,587,636,993,995,4040 comment 'mailstore-spe crl-http,ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission,ih...'
# DNS name my.mailstore.com, resolved at compile time
ufw route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.51.100.7/32 port 443 comment 'mailstore-spe mgmt-license: usage reporting and license updates'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.25/32 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https,lan-in-smtp,lan-in-http,lan-in-https: receive mail;...'
ufw route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::25/128 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https,lan-in-smtp,lan-in-http,lan-in-https: receive mail;...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.30/32 to 203.0.113.0/24 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::30/128 to 2001:db8:25::/64 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.0/24 port 80,443 comment 'site flows[0]: web browsing from the LAN'
ufw route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::/64 port 80,443 comment 'site flows[0]: web browsing from the LAN'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.10/32 to 203.0.113.0/24 port 80,110,143,389,443,587,636,993,995,4040 comment 'mailstore-spe crl-http,ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission,ih...'
ufw route allow in on eth2 out on eth3 proto tcp from 192.0.2.30/32 to 198.18.5.0/24 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth2 out on eth3 proto tcp from 192.0.2.0/25 to 198.18.5.0/24 port 80,443 comment 'site flows[0]: web browsing from the LAN'
ufw route allow in on eth2 out on eth3 proto tcp from 192.0.2.10/32 to 198.18.5.0/24 port 80,110,143,389,443,587,636,993,995,4040 comment 'mailstore-spe crl-http,ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission,ih...'
ufw route allow in on eth3 out on eth1 proto tcp from 198.18.5.0/24 to 203.0.113.25/32 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw route allow in on eth3 out on eth2 proto tcp from 198.18.5.0/24 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers del...'
ufw route allow in on eth3 out on eth2 proto tcp from 198.18.5.0/24 to 192.0.2.10/32 port 143,443,993 comment 'mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archive client, O...'
ufw --force enable
