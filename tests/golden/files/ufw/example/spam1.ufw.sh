#!/bin/sh
# portcullis: host spam1 of site acme-mail (203.0.113.10, 2001:db8:25::10)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh spam1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: ufw commands cannot name ICMP types. Add the lines of spam1.ufw-before.rules to /etc/ufw/before.rules (IPv4) and before6.rules (IPv6) before COMMIT. Note that ufw's stock before.rules already accepts ICMP echo requests and errors from anywhere; remove those lines for least privilege.
# Application profiles: copy spam1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
ufw allow in proto tcp from any to any port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agent,in-rsync,i...'
ufw allow in proto udp from any to any port 123,10045:10049 comment 'spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
ufw allow out proto tcp from any to any port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw allow out proto tcp from any to any port 61380:61399 comment 'spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zabbix-agent,ou...'
ufw allow out proto udp from any to any port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-61380-61399:...'
ufw --force enable
