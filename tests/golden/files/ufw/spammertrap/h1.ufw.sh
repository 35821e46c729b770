#!/bin/sh
# portcullis: host h1 of site t (203.0.113.10, 2001:db8:10::10)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh h1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: ufw commands cannot name ICMP types. Add the lines of h1.ufw-before.rules to /etc/ufw/before.rules (IPv4) and before6.rules (IPv6) before COMMIT. Note that ufw's stock before.rules already accepts ICMP echo requests and errors from anywhere; remove those lines for least privilege.
# Application profiles: copy h1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
ufw allow in proto tcp from any to any port 25,80,113,443 comment 'spammertrap in-smtp,in-ident,in-http,in-https,lan-in-smtp,lan-in-http,lan-in-https: receive mail;...'
ufw allow out proto tcp from any to any port 25,43,53,80,110,143,389,443,587,636,2703 comment 'spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission,lan-out-smtp...'
ufw allow out proto udp from any to any port 53,123,6277 comment 'spammertrap out-dns,out-ntp,out-dcc,lan-out-dns: DNS blacklist and MX lookups; NTP time; DCC chec...'
ufw --force enable
