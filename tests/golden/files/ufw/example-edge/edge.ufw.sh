#!/bin/sh
# portcullis: network firewall edge of site acme-mail
# ufw, stateful; sets the default for routed traffic to deny. The router's own traffic is left alone: incoming and outgoing keep their defaults (allow, if ufw was inactive).
# internet (every address outside the site) is written as a deny for each own address of the site, then an allow for every address: ufw takes the first rule that matches.
# Run as root: sh edge.ufw.sh. Idempotent: it removes the rules an earlier run added (their comments start with "portcullis:") and adds the plan's; other ufw rules are kept.
# Every rule is checked with ufw --dry-run before anything changes; if a later step fails, ufw is left enabled with what it holds (fail closed) and the script says how to recover.
# ICMP: ufw's command line cannot name ICMP types, so this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there, between "# portcullis begin" and "# portcullis end".
set -eu
# pc_rules CMD...: the rules of the plan, each run as CMD (ufw, or ufw --dry-run).
pc_rules() {
  :
  "$@" route allow in on eth1 out on eth2 proto tcp from 203.0.113.25/32 to 192.0.2.0/25 port 25,53,389,636 comment 'portcullis: spammertrap lan-out-smtp,lan-out-ldap,lan-out-dns: deliver mail to the corporate mail...'
  "$@" route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 25,53,389,636 comment 'portcullis: spammertrap lan-out-smtp,lan-out-ldap,lan-out-dns: deliver mail to the corporate mail...'
  "$@" route allow in on eth1 out on eth2 proto tcp from 203.0.113.30/32 to 192.0.2.53/32 port 53 comment 'portcullis: os-base dns: name lookups (MX and blocklist lookups of mail software too)'
  "$@" route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::30/128 to 2001:db8:1::53/128 port 53 comment 'portcullis: os-base dns: name lookups (MX and blocklist lookups of mail software too)'
  "$@" route allow in on eth1 out on eth2 proto tcp from 203.0.113.40/32 to 192.0.2.53/32 port 53 comment 'portcullis: clearswift-seg dns-out: DNS requests to the configured servers'
  "$@" route allow in on eth1 out on eth2 proto tcp from 203.0.113.0/24 to 192.0.2.11/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth1 out on eth2 proto tcp from 203.0.113.40/32 to 192.0.2.0/25 port 389,636,3268:3269 comment 'portcullis: clearswift-seg ldap-out,ldaps-out,gc-out,gc-ssl-out: LDAP directory access; LDAP over...'
  "$@" route allow in on eth1 out on eth2 proto udp from 203.0.113.25/32 to 192.0.2.0/25 port 53 comment 'portcullis: spammertrap lan-out-dns: local DNS queries'
  "$@" route allow in on eth1 out on eth2 proto udp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 53 comment 'portcullis: spammertrap lan-out-dns: local DNS queries'
  "$@" route allow in on eth1 out on eth2 proto udp from 203.0.113.30/32 to 192.0.2.53/32 port 53 comment 'portcullis: os-base dns: name lookups (MX and blocklist lookups of mail software too)'
  "$@" route allow in on eth1 out on eth2 proto udp from 2001:db8:25::30/128 to 2001:db8:1::53/128 port 53 comment 'portcullis: os-base dns: name lookups (MX and blocklist lookups of mail software too)'
  "$@" route allow in on eth1 out on eth2 proto udp from 203.0.113.40/32 to 192.0.2.53/32 port 53 comment 'portcullis: clearswift-seg dns-out: DNS requests to the configured servers'
  # DNS name my.mailstore.com, resolved at compile time
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.51.100.7/32 port 443 comment 'portcullis: mailstore-spe mgmt-license: usage reporting and license updates'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.10/32 port 22 comment 'portcullis: site management: management access (the site_s management:)'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.25/32 port 22 comment 'portcullis: site management: management access (the site_s management:)'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.30/32 port 22 comment 'portcullis: site management: management access (the site_s management:)'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.40/32 port 22,443 comment 'portcullis: clearswift-seg ssh-in,https-in; site management: SSH console access; web interface; m...'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.25/32 port 80,443 comment 'portcullis: spammertrap lan-in-http,lan-in-https: quarantine release web interface; authenticated...'
  "$@" route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::25/128 port 80,443 comment 'portcullis: spammertrap lan-in-http,lan-in-https: quarantine release web interface; authenticated...'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.12/32 to 203.0.113.0/24 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,ih-submission,ih-ldaps,ih-ima...'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.40/32 port 389,636,3269 comment 'portcullis: clearswift-seg ldap-in,ldaps-in,gc-ssl-in: LDAP directory access; LDAP over TLS; Acti...'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.10/32 to 203.0.113.0/24 port 587 comment 'portcullis: mailstore-spe mgmt-submission: Management Server sends informational mail'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.10/32 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.10/32 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 203.0.113.0/24 to 203.0.113.10/32 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::10/128 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 2001:db8:25::/64 to 2001:db8:25::10/128 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 203.0.113.0/24 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 2001:db8:25::/64 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.30/32 port 25,443,465,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.30/32 port 25,443,465,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 203.0.113.0/24 to 203.0.113.30/32 port 25,443,465,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::30/128 port 25,443,465,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 2001:db8:25::/64 to 2001:db8:25::30/128 port 25,443,465,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.40/32 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.128/28 to 203.0.113.40/32 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 203.0.113.0/24 to 203.0.113.40/32 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto udp from 192.0.2.0/25 to 203.0.113.10/32 port 123,10045:10049 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto udp from 192.0.2.128/28 to 203.0.113.10/32 port 123,10045:10049 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto udp from 203.0.113.0/24 to 203.0.113.10/32 port 123,10045:10049 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto udp from 2001:db8:1::/64 to 2001:db8:25::10/128 port 123,10045:10049 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto udp from 2001:db8:25::/64 to 2001:db8:25::10/128 port 123,10045:10049 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 192.0.2.0/25 to 192.0.2.11/32 port 143,443,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 192.0.2.128/28 to 192.0.2.11/32 port 143,443,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 203.0.113.0/24 to 192.0.2.11/32 port 143,443,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 192.0.2.0/25 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 192.0.2.128/28 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 203.0.113.0/24 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 192.0.2.0/25 port 61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 192.0.2.128/28 port 61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 203.0.113.0/24 port 61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::10/128 to 2001:db8:1::/64 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::10/128 to 2001:db8:25::/64 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::10/128 to 2001:db8:1::/64 port 61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::10/128 to 2001:db8:25::/64 port 61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.2.0/25 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.2.128/28 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.113.0/24 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25::/64 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.30/32 to 192.0.2.0/25 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.30/32 to 192.0.2.128/28 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.30/32 to 203.0.113.0/24 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::30/128 to 2001:db8:1::/64 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::30/128 to 2001:db8:25::/64 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.40/32 to 192.0.2.0/25 port 25,80,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.40/32 to 192.0.2.128/28 port 25,80,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.40/32 to 203.0.113.0/24 port 25,80,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.10/32 to 192.0.2.0/25 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.10/32 to 192.0.2.128/28 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.10/32 to 203.0.113.0/24 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 2001:db8:25::10/128 to 2001:db8:1::/64 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 2001:db8:25::10/128 to 2001:db8:25::/64 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.2.0/25 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.2.128/28 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.113.0/24 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25::/64 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.2.0/25 port 80,587 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.2.128/28 port 80,587 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.113.0/24 port 80,587 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.11/32 to 192.0.2.0/25 port 80 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.11/32 to 192.0.2.128/28 port 80 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.11/32 to 203.0.113.0/24 port 80 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.12/32 to 192.0.2.0/25 port 80,110,143,389,443,587,636,993,995,4040 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.12/32 to 192.0.2.128/28 port 80,110,143,389,443,587,636,993,995,4040 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.12/32 to 203.0.113.0/24 port 80,110,143,389,443,587,636,993,995,4040 comment 'portcullis: not internet: own addresses of the site'
  "$@" route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.10/32 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'portcullis: spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agen...'
  "$@" route allow in on eth0 out on eth1 proto tcp from ::/0 to 2001:db8:25::10/128 port 22,25,80,143,443,465,587,873,993,3306,8443,10045:10050,30443 comment 'portcullis: spamexperts in-http,in-https,in-8443,in-smtp,in-imap,in-imaps,in-mysql,in-zabbix-agen...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from ::/0 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.30/32 port 25,443,465,993 comment 'portcullis: mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming us...'
  "$@" route allow in on eth0 out on eth1 proto tcp from ::/0 to 2001:db8:25::30/128 port 25,443,465,993 comment 'portcullis: mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming us...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.40/32 port 25 comment 'portcullis: clearswift-seg smtp-in: inbound SMTP'
  "$@" route allow in on eth0 out on eth1 proto udp from 0.0.0.0/0 to 203.0.113.10/32 port 123,10045:10049 comment 'portcullis: spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
  "$@" route allow in on eth0 out on eth1 proto udp from ::/0 to 2001:db8:25::10/128 port 123,10045:10049 comment 'portcullis: spamexperts in-ntp,in-10045-10049: NTP time; cluster services on 10045-10049'
  "$@" route allow in on eth0 out on eth2 proto tcp from 0.0.0.0/0 to 192.0.2.11/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 0.0.0.0/0 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'portcullis: spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zab...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.10/32 to 0.0.0.0/0 port 61380:61399 comment 'portcullis: spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zab...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::10/128 to ::/0 port 25,53,80,143,443,873,993,2703,3306,4121,8443,10045:10051,30443 comment 'portcullis: spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zab...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::10/128 to ::/0 port 61380:61399 comment 'portcullis: spamexperts out-http,out-https,out-8443,out-smtp,out-imap,out-imaps,out-mysql,out-zab...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 0.0.0.0/0 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to ::/0 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.30/32 to 0.0.0.0/0 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::30/128 to ::/0 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.40/32 to 0.0.0.0/0 port 25,80,443 comment 'portcullis: clearswift-seg smtp-out,updates-out,https-out: outbound SMTP; product, OS, anti-virus...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.10/32 to 0.0.0.0/0 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'portcullis: spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::10/128 to ::/0 port 53,123,1600,6568:6569,10045:10049,24441,61380:61399 comment 'portcullis: spamexperts out-ntp,out-10045-10049,out-dns,out-6568,out-6569,out-1600,out-pyzor,out-...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 0.0.0.0/0 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to ::/0 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 0.0.0.0/0 port 80,587 comment 'portcullis: mailstore-spe crl-http,mgmt-submission: certificate revocation checks over HTTP; Mana...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.11/32 to 0.0.0.0/0 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.12/32 to 0.0.0.0/0 port 80,110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe crl-http,ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,ih-submission,ih-lda...'
}
# PORTCULLIS_CHECK_ONLY=1: check every rule with ufw --dry-run, change nothing (portcullis apply does).
if [ "${PORTCULLIS_CHECK_ONLY:-}" = 1 ]; then pc_rules ufw --dry-run >/dev/null; exit 0; fi
# /etc/ufw/portcullis-edge.sum holds the fingerprint of the rules last loaded and how many ufw then listed: when both match, the rules are in place and are not removed and added again.
PC_SUM=3c658ff6322f562f
pc_count() { ufw show added | grep -c "comment 'portcullis: " || true; }
pc_same=; [ "$(cat /etc/ufw/portcullis-edge.sum 2>/dev/null)" = "$PC_SUM $(pc_count)" ] && pc_same=1
[ -n "$pc_same" ] || pc_rules ufw --dry-run >/dev/null
pc_fail() { echo "portcullis: loading edge.ufw.sh failed; ufw is left enabled with the rules it holds. Fix the cause and run the script again; from the console, ufw disable turns filtering off." >&2; ufw --force enable >/dev/null 2>&1 || true; }
trap 'pc_fail' EXIT
if ufw status | grep -q '^Status: inactive'; then ufw default allow incoming; ufw default allow outgoing; fi
ufw default deny routed
# Remove the rules an earlier run added (ufw show added lists them as commands, active or not).
[ -n "$pc_same" ] || ufw show added | sed -n "s/^ufw \(.*comment 'portcullis: .*\)$/\1/p" | while read -r rule; do case "$rule" in "route "*) eval "ufw --force route delete ${rule#route }" ;; *) eval "ufw --force delete $rule" ;; esac >/dev/null; done
sed -i -e '/^# portcullis begin$/,/^# portcullis end$/d' /etc/ufw/before.rules
sed -i -e '/^# portcullis begin$/,/^# portcullis end$/d' /etc/ufw/before6.rules
sed -i -e '/^-A ufw-before-\(input\|output\|forward\) -p icmp .* -j ACCEPT$/d' /etc/ufw/before.rules
sed -i -e '/^-A ufw6-before-\(input\|output\|forward\) -p icmpv6 --icmpv6-type \(destination-unreachable\|packet-too-big\|time-exceeded\|parameter-problem\|echo-request\|echo-reply\) -j ACCEPT$/d' /etc/ufw/before6.rules
# pc_icmp FILE: adds the lines of standard input before the first COMMIT of FILE.
pc_icmp() { add=$(mktemp); out=$(mktemp); cat > "$add"; awk 'FNR == NR { a = a $0 "\n"; next } !d && /^COMMIT$/ { printf "%s", a; d = 1 } { print }' "$add" "$1" > "$out"; cat "$out" > "$1"; rm -f "$add" "$out"; }
pc_icmp /etc/ufw/before.rules <<'PORTCULLIS_ICMP'
# portcullis begin
# before.rules: spamexperts in-icmp: ICMP
-A ufw-before-forward -i eth0 -o eth1 -s 0.0.0.0/1 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 128.0.0.0/2 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.0.0/23 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.144/28 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.160/27 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.192/26 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.3.0/24 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.4.0/22 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.8.0/21 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.16.0/20 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.32.0/19 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.64.0/18 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.128.0/17 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.1.0.0/16 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.2.0.0/15 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.4.0.0/14 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.8.0.0/13 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.16.0.0/12 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.32.0.0/11 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.64.0.0/10 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.128.0.0/9 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 193.0.0.0/8 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 194.0.0.0/7 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/6 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 200.0.0.0/7 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 202.0.0.0/8 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.0.0/18 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.64.0/19 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.96.0/20 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.112.0/24 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.114.0/23 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.116.0/22 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.120.0/21 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.128.0/17 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.1.0.0/16 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.2.0.0/15 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.4.0.0/14 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.8.0.0/13 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.16.0.0/12 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.32.0.0/11 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.64.0.0/10 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.128.0.0/9 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 204.0.0.0/6 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 208.0.0.0/4 -d 203.0.113.10/32 -p icmp -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 224.0.0.0/3 -d 203.0.113.10/32 -p icmp -j ACCEPT
# before.rules: spammertrap in-icmp-diag: ICMP diagnostics (not pings)
-A ufw-before-forward -i eth0 -o eth1 -s 0.0.0.0/1 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 0.0.0.0/1 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 0.0.0.0/1 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 0.0.0.0/1 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 128.0.0.0/2 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 128.0.0.0/2 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 128.0.0.0/2 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 128.0.0.0/2 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.0.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.0.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.0.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.0.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.144/28 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.144/28 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.144/28 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.144/28 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.160/27 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.160/27 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.160/27 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.160/27 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.192/26 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.192/26 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.192/26 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.192/26 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.3.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.3.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.3.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.3.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.4.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.4.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.4.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.4.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.8.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.8.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.8.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.8.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.16.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.16.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.16.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.16.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.32.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.32.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.32.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.32.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.64.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.64.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.64.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.64.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.1.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.1.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.1.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.1.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.2.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.2.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.2.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.2.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.4.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.4.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.4.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.4.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.8.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.8.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.8.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.8.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.16.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.16.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.16.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.16.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 193.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 193.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 193.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 193.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 194.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 194.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 194.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 194.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/6 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/6 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/6 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/6 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 200.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 200.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 200.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 200.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 202.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 202.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 202.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 202.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.0.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.0.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.0.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.0.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.64.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.64.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.64.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.64.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.96.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.96.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.96.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.96.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.112.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.112.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.112.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.112.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.114.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.114.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.114.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.114.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.116.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.116.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.116.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.116.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.120.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.120.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.120.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.120.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.0.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.1.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.1.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.1.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.1.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.2.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.2.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.2.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.2.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.4.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.4.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.4.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.4.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.8.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.8.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.8.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.8.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.16.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.16.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.16.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.16.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 203.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 204.0.0.0/6 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 204.0.0.0/6 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 204.0.0.0/6 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 204.0.0.0/6 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 208.0.0.0/4 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 208.0.0.0/4 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 208.0.0.0/4 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 208.0.0.0/4 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 224.0.0.0/3 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 224.0.0.0/3 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 224.0.0.0/3 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 224.0.0.0/3 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
# before.rules: spamexperts out-icmp: ICMP
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 0.0.0.0/1 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 128.0.0.0/2 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.0.0/23 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.2.144/28 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.2.160/27 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.2.192/26 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.3.0/24 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.4.0/22 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.8.0/21 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.16.0/20 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.32.0/19 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.64.0/18 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.0.128.0/17 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.1.0.0/16 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.2.0.0/15 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.4.0.0/14 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.8.0.0/13 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.16.0.0/12 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.32.0.0/11 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.64.0.0/10 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 192.128.0.0/9 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 193.0.0.0/8 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 194.0.0.0/7 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 196.0.0.0/6 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 200.0.0.0/7 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 202.0.0.0/8 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.0.0.0/18 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.0.64.0/19 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.0.96.0/20 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.0.112.0/24 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.0.114.0/23 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.0.116.0/22 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.0.120.0/21 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.0.128.0/17 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.1.0.0/16 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.2.0.0/15 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.4.0.0/14 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.8.0.0/13 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.16.0.0/12 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.32.0.0/11 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.64.0.0/10 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 203.128.0.0/9 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 204.0.0.0/6 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 208.0.0.0/4 -p icmp -j ACCEPT
-A ufw-before-forward -i eth1 -o eth0 -s 203.0.113.10/32 -d 224.0.0.0/3 -p icmp -j ACCEPT
# before.rules: spammertrap lan-in-icmp: pings and diagnostics for health monitoring
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
# portcullis end
PORTCULLIS_ICMP
pc_icmp /etc/ufw/before6.rules <<'PORTCULLIS_ICMP'
# portcullis begin
# before6.rules: spamexperts in-icmp: ICMP
-A ufw6-before-forward -i eth0 -o eth1 -s ::/3 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2000::/16 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001::/21 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:800::/22 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:c00::/24 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:d00::/25 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:d80::/27 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:da0::/28 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db0::/29 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8::/48 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:1::/64 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:2::/63 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:4::/62 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:8::/61 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:10::/60 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:20::/59 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:40::/58 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:80::/57 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:100::/56 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:200::/55 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:400::/54 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:800::/53 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:1000::/52 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:2000::/51 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:4000::/50 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1:8000::/49 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:2::/47 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:4::/46 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:8::/45 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:10::/44 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:20::/46 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:24::/48 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:1::/64 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:2::/63 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:4::/62 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:8::/61 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:10::/60 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:20::/59 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:40::/58 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:80::/57 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:100::/56 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:200::/55 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:400::/54 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:800::/53 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:1000::/52 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:2000::/51 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:4000::/50 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:25:8000::/49 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:26::/47 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:28::/45 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:30::/44 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:40::/42 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:80::/41 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:100::/40 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:200::/39 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:400::/38 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:800::/37 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:1000::/36 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:2000::/35 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:4000::/34 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db8:8000::/33 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:db9::/32 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:dba::/31 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:dbc::/30 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:dc0::/26 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:e00::/23 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:1000::/20 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:2000::/19 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:4000::/18 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2001:8000::/17 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2002::/15 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2004::/14 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2008::/13 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2010::/12 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2020::/11 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2040::/10 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2080::/9 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2100::/8 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2200::/7 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2400::/6 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 2800::/5 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 3000::/4 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 4000::/2 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth0 -o eth1 -s 8000::/1 -d 2001:db8:25::10/128 -p ipv6-icmp -j ACCEPT
# before6.rules: spamexperts out-icmp: ICMP
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d ::/3 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2000::/16 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001::/21 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:800::/22 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:c00::/24 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:d00::/25 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:d80::/27 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:da0::/28 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db0::/29 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8::/48 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:1::/64 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:2::/63 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:4::/62 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:8::/61 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:10::/60 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:20::/59 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:40::/58 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:80::/57 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:100::/56 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:200::/55 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:400::/54 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:800::/53 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:1000::/52 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:2000::/51 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:4000::/50 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1:8000::/49 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:2::/47 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:4::/46 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:8::/45 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:10::/44 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:20::/46 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:24::/48 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:1::/64 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:2::/63 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:4::/62 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:8::/61 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:10::/60 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:20::/59 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:40::/58 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:80::/57 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:100::/56 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:200::/55 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:400::/54 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:800::/53 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:1000::/52 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:2000::/51 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:4000::/50 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:25:8000::/49 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:26::/47 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:28::/45 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:30::/44 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:40::/42 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:80::/41 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:100::/40 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:200::/39 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:400::/38 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:800::/37 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:1000::/36 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:2000::/35 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:4000::/34 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db8:8000::/33 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:db9::/32 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:dba::/31 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:dbc::/30 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:dc0::/26 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:e00::/23 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:1000::/20 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:2000::/19 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:4000::/18 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2001:8000::/17 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2002::/15 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2004::/14 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2008::/13 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2010::/12 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2020::/11 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2040::/10 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2080::/9 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2100::/8 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2200::/7 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2400::/6 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 2800::/5 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 3000::/4 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 4000::/2 -p ipv6-icmp -j ACCEPT
-A ufw6-before-forward -i eth1 -o eth0 -s 2001:db8:25::10/128 -d 8000::/1 -p ipv6-icmp -j ACCEPT
# portcullis end
PORTCULLIS_ICMP
[ -n "$pc_same" ] || { rm -f /etc/ufw/portcullis-edge.sum; pc_rules ufw >/dev/null; echo "$PC_SUM $(pc_count)" > /etc/ufw/portcullis-edge.sum; }
ufw --force enable
trap - EXIT
