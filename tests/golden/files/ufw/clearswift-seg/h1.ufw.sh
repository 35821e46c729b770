#!/bin/sh
# portcullis: host h1 of site t (203.0.113.10, 2001:db8:10::10)
# ufw, stateful; default deny incoming, outgoing and routed.
# Run as root: sh h1.ufw.sh. Idempotent: it resets ufw first (other ufw rules are removed).
# ICMP: the plan has no ICMP rule; ufw's stock before.rules still accepts ICMP echo requests and errors (remove those lines for least privilege).
# Application profiles: copy h1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
ufw --force reset >/dev/null
ufw default deny incoming
ufw default deny outgoing
ufw default deny routed
ufw allow in proto tcp from any to any port 20:22,25,53,80,389,443,636,990,3269,9090,11371 comment 'clearswift-seg ftp-data-in,ftp-in,ftps-explicit-in,ssh-in,smtp-in,livefeed-in,pmm-http-in,ldap-in...'
ufw allow in proto udp from any to any port 53,123,19200 comment 'clearswift-seg livefeed-in,ntp-in,greylist-in: TRUSTmanager LiveFeed checks; NTP; greylisting dat...'
ufw allow out proto tcp from any to any port 20:22,25,53,80,135,139,389,443,445,514,636,990,3268:3269 comment 'clearswift-seg ftp-data-out,ftp-out,ftps-explicit-out,sftp-out,smtp-out,livefeed-out,dns-out,upda...'
ufw allow out proto tcp from any to any port 9090,11371 comment 'clearswift-seg ftp-data-out,ftp-out,ftps-explicit-out,sftp-out,smtp-out,livefeed-out,dns-out,upda...'
ufw allow out proto udp from any to any port 53,123,137,161:162,19200 comment 'clearswift-seg livefeed-out,dns-out,ntp-out,ntlm-out,snmp-out,snmp-traps,greylist-out: TRUSTmanag...'
ufw --force enable
