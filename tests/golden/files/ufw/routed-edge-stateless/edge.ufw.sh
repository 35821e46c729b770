#!/bin/sh
# portcullis: network firewall edge of site routed
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh edge.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: ufw commands cannot name ICMP types. Add the lines of edge.ufw-before.rules to /etc/ufw/before.rules (IPv4) and before6.rules (IPv6) before COMMIT. Note that ufw's stock before.rules already accepts ICMP echo requests and errors from anywhere; remove those lines for least privilege.
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
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
