#!/bin/sh
# portcullis: network firewall edge of site acme-mail
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
# before.rules: spamexperts in-icmp: ICMP
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.10/32 -p icmp -j ACCEPT
# before.rules: spammertrap in-icmp-diag: ICMP diagnostics (not pings)
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
# before.rules: spamexperts out-icmp: ICMP
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -p icmp -j ACCEPT
# before.rules: spamexperts out-icmp: ICMP
-A ufw-before-forward -i eth1 -o eth2 -s 203.0.113.10/32 -d 192.0.2.0/25 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth2 -s 203.0.113.10/32 -d 192.0.2.128/28 -p icmp -j ACCEPT
# before.rules: spamexperts in-icmp: ICMP
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.128/28 -d 203.0.113.10/32 -p icmp -j ACCEPT
# before.rules: spammertrap in-icmp-diag: ICMP diagnostics (not pings)
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.128/28 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.128/28 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.128/28 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.128/28 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
# before.rules: spammertrap lan-in-icmp: pings and diagnostics for health monitoring
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
PORTCULLIS_ICMP
pc_icmp /etc/ufw/before6.rules <<'PORTCULLIS_ICMP'
# before6.rules: spamexperts in-icmp: ICMP
-A ufw6-before-forward -i eth0 -o eth1 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
# before6.rules: spamexperts out-icmp: ICMP
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
# before6.rules: spamexperts out-icmp: ICMP
-A ufw6-before-forward -i eth1 -o eth2 -s 2001:db8:25::10/128 -d 2001:db8:1::/64 -p ipv6-icmp -j ACCEPT
# before6.rules: spamexperts in-icmp: ICMP
-A ufw6-before-forward -i eth2 -o eth1 -s 2001:db8:1::/64 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
PORTCULLIS_ICMP
ufw route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.10/32 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agent,in-rsync,i...'
ufw route allow in on eth0 out on eth1 proto tcp from ::/0 to 2001:db8:25::10/128 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agent,in-rsync,i...'
ufw route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.25/32 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw route allow in on eth0 out on eth1 proto tcp from ::/0 to 2001:db8:25::25/128 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.30/32 port 25,443,465,993 comment 'mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming users submit m...'
ufw route allow in on eth0 out on eth1 proto tcp from ::/0 to 2001:db8:25::30/128 port 25,443,465,993 comment 'mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming users submit m...'
ufw route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.40/32 port 25 comment 'clearswift-seg smtp-in: inbound SMTP'
ufw route allow in on eth0 out on eth1 proto udp from 0.0.0.0/0 to 203.0.113.10/32 port 123,10045:10049 comment 'spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
ufw route allow in on eth0 out on eth1 proto udp from ::/0 to 2001:db8:25::10/128 port 123,10045:10049 comment 'spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
ufw route allow in on eth0 out on eth2 proto tcp from 0.0.0.0/0 to 192.0.2.11/32 port 143,443,993 comment 'mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archive client, O...'
ufw route allow in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 0.0.0.0/0 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 0.0.0.0/0 port 61380:61399 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::10/128 to ::/0 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::10/128 to ::/0 port 61380:61399 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 0.0.0.0/0 port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to ::/0 port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw route allow in on eth1 out on eth0 proto tcp from 203.0.113.30/32 to 0.0.0.0/0 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::30/128 to ::/0 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth1 out on eth0 proto tcp from 203.0.113.40/32 to 0.0.0.0/0 port 25,80,443 comment 'clearswift-seg smtp-out,updates-out,https-out: outbound SMTP; product, OS, anti-virus, spam engin...'
ufw route allow in on eth1 out on eth0 proto udp from 203.0.113.10/32 to 0.0.0.0/0 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-61380-61399:...'
ufw route allow in on eth1 out on eth0 proto udp from 2001:db8:25::10/128 to ::/0 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-61380-61399:...'
ufw route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 0.0.0.0/0 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to ::/0 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.10/32 to 192.0.2.0/25 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.10/32 to 192.0.2.0/25 port 61380:61399 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.10/32 to 192.0.2.128/28 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.10/32 to 192.0.2.128/28 port 61380:61399 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::10/128 to 2001:db8:1::/64 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::10/128 to 2001:db8:1::/64 port 61380:61399 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.25/32 to 192.0.2.0/25 port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.25/32 to 192.0.2.128/28 port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.25/32 to 192.0.2.0/25 port 25,53,389,636 comment 'spammertrap lan-out-smtp,lan-out-ldap,lan-out-dns: deliver mail to the corporate mail server; LDA...'
ufw route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 25,53,389,636 comment 'spammertrap lan-out-smtp,lan-out-ldap,lan-out-dns: deliver mail to the corporate mail server; LDA...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.30/32 to 192.0.2.0/25 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.30/32 to 192.0.2.128/28 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::30/128 to 2001:db8:1::/64 port 25 comment 'mailserver out-smtp: send mail to other servers'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.40/32 to 192.0.2.0/25 port 25,80,443 comment 'clearswift-seg smtp-out,updates-out,https-out: outbound SMTP; product, OS, anti-virus, spam engin...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.40/32 to 192.0.2.128/28 port 25,80,443 comment 'clearswift-seg smtp-out,updates-out,https-out: outbound SMTP; product, OS, anti-virus, spam engin...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.40/32 to 192.0.2.53/32 port 53 comment 'clearswift-seg dns-out: DNS requests to the configured servers'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.0/24 to 192.0.2.11/32 port 143,443,993 comment 'mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archive client, O...'
ufw route allow in on eth1 out on eth2 proto tcp from 203.0.113.40/32 to 192.0.2.0/25 port 389,636,3268:3269 comment 'clearswift-seg ldap-out,ldaps-out,gc-out,gc-ssl-out: LDAP directory access; LDAP over TLS; Active...'
ufw route allow in on eth1 out on eth2 proto udp from 203.0.113.10/32 to 192.0.2.0/25 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-61380-61399:...'
ufw route allow in on eth1 out on eth2 proto udp from 203.0.113.10/32 to 192.0.2.128/28 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-61380-61399:...'
ufw route allow in on eth1 out on eth2 proto udp from 2001:db8:25::10/128 to 2001:db8:1::/64 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-61380-61399:...'
ufw route allow in on eth1 out on eth2 proto udp from 203.0.113.25/32 to 192.0.2.0/25 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw route allow in on eth1 out on eth2 proto udp from 203.0.113.25/32 to 192.0.2.128/28 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw route allow in on eth1 out on eth2 proto udp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw route allow in on eth1 out on eth2 proto udp from 203.0.113.25/32 to 192.0.2.0/25 port 53 comment 'spammertrap lan-out-dns: local DNS queries'
ufw route allow in on eth1 out on eth2 proto udp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 53 comment 'spammertrap lan-out-dns: local DNS queries'
ufw route allow in on eth1 out on eth2 proto udp from 203.0.113.40/32 to 192.0.2.53/32 port 53 comment 'clearswift-seg dns-out: DNS requests to the configured servers'
ufw route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 0.0.0.0/0 port 80,587 comment 'mailstore-spe crl-http,mgmt-submission: certificate revocation checks over HTTP; Management Serve...'
ufw route allow in on eth2 out on eth0 proto tcp from 192.0.2.11/32 to 0.0.0.0/0 port 80 comment 'mailstore-spe crl-http: certificate revocation checks over HTTP'
ufw route allow in on eth2 out on eth0 proto tcp from 192.0.2.12/32 to 0.0.0.0/0 port 80,110,143,389,443,587,636,993,995,4040 comment 'mailstore-spe crl-http,ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,ih-submission,ih-ldaps,ih-imaps,...'
# DNS name my.mailstore.com, resolved at compile time
ufw route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.51.100.7/32 port 443 comment 'mailstore-spe mgmt-license: usage reporting and license updates'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.10/32 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agent,in-rsync,i...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.10/32 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agent,in-rsync,i...'
ufw route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::10/128 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agent,in-rsync,i...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.40/32 port 22,443 comment 'clearswift-seg ssh-in,https-in: SSH console access; web interface'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.25/32 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.25/32 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::25/128 port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.30/32 port 25,443,465,993 comment 'mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming users submit m...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.30/32 port 25,443,465,993 comment 'mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming users submit m...'
ufw route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::30/128 port 25,443,465,993 comment 'mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming users submit m...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.40/32 port 25 comment 'clearswift-seg smtp-in: inbound SMTP'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.40/32 port 25 comment 'clearswift-seg smtp-in: inbound SMTP'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.25/32 port 80,443 comment 'spammertrap lan-in-http,lan-in-https: quarantine release web interface; authenticated web interface'
ufw route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::25/128 port 80,443 comment 'spammertrap lan-in-http,lan-in-https: quarantine release web interface; authenticated web interface'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.10/32 to 203.0.113.0/24 port 80,587 comment 'mailstore-spe crl-http,mgmt-submission: certificate revocation checks over HTTP; Management Serve...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.11/32 to 203.0.113.0/24 port 80 comment 'mailstore-spe crl-http: certificate revocation checks over HTTP'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.12/32 to 203.0.113.0/24 port 80,110,143,389,443,587,636,993,995,4040 comment 'mailstore-spe crl-http,ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,ih-submission,ih-ldaps,ih-imaps,...'
ufw route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.40/32 port 389,636,3269 comment 'clearswift-seg ldap-in,ldaps-in,gc-ssl-in: LDAP directory access; LDAP over TLS; Active Directory...'
ufw route allow in on eth2 out on eth1 proto udp from 192.0.2.0/25 to 203.0.113.10/32 port 123,10045:10049 comment 'spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
ufw route allow in on eth2 out on eth1 proto udp from 192.0.2.128/28 to 203.0.113.10/32 port 123,10045:10049 comment 'spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
ufw route allow in on eth2 out on eth1 proto udp from 2001:db8:1::/64 to 2001:db8:25::10/128 port 123,10045:10049 comment 'spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
ufw --force enable
