#!/bin/sh
# portcullis: host trap1 of site acme-mail (203.0.113.25, 2001:db8:25::25)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh trap1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: ufw commands cannot name ICMP types. Add the lines of trap1.ufw-before.rules to /etc/ufw/before.rules (IPv4) and before6.rules (IPv6) before COMMIT. Note that ufw's stock before.rules already accepts ICMP echo requests and errors from anywhere; remove those lines for least privilege.
# Application profiles: copy trap1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
ufw allow in proto tcp from any to any port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail servers; web i...'
ufw allow out proto tcp from any to any port 25,43,53,80,443,587,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission: send mail,...'
ufw allow out proto tcp from any to 192.0.2.0/25 port 25,53,389,636 comment 'spammertrap lan-out-smtp,lan-out-ldap,lan-out-dns: deliver mail to the corporate mail server; LDA...'
ufw allow out proto tcp from any to 2001:db8:1::/64 port 25,53,389,636 comment 'spammertrap lan-out-smtp,lan-out-ldap,lan-out-dns: deliver mail to the corporate mail server; LDA...'
ufw allow out proto udp from any to any port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC checksum clearin...'
ufw --force enable
