#!/bin/sh
# portcullis: network firewall edge of site routed
# ufw, stateful; sets the default for routed traffic to deny. The router's own traffic is left alone: incoming and outgoing keep their defaults (allow, if ufw was inactive).
# internet (every address outside the site) is written as a deny for each own address of the site, then an allow for every address: ufw takes the first rule that matches.
# Run as root: sh edge.ufw.sh. Idempotent: it removes the rules an earlier run added (their comments start with "portcullis:") and adds the plan's; other ufw rules are kept.
# Every rule is checked with ufw --dry-run before anything changes; if a later step fails, ufw is left enabled with what it holds (fail closed) and the script says how to recover.
# ICMP: ufw's command line cannot name ICMP types, so this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there, between "# portcullis begin" and "# portcullis end".
set -eu
# pc_rules CMD...: the rules of the plan, each run as CMD (ufw, or ufw --dry-run).
pc_rules() {
  :
  "$@" route allow in on eth1 out on eth2 proto tcp from 203.0.113.25/32 to 192.0.2.0/25 port 25,53,110,143,389,636 comment 'portcullis: spammertrap lan-out-smtp,lan-out-pop3,lan-out-imap,lan-out-ldap,lan-out-dns: deliver...'
  "$@" route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 25,53,110,143,389,636 comment 'portcullis: spammertrap lan-out-smtp,lan-out-pop3,lan-out-imap,lan-out-ldap,lan-out-dns: deliver...'
  "$@" route allow in on eth1 out on eth2 proto udp from 203.0.113.25/32 to 192.0.2.0/25 port 53 comment 'portcullis: spammertrap lan-out-dns: local DNS queries'
  "$@" route allow in on eth1 out on eth2 proto udp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 53 comment 'portcullis: spammertrap lan-out-dns: local DNS queries'
  # DNS name my.mailstore.com, resolved at compile time
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.51.100.7/32 port 443 comment 'portcullis: mailstore-spe mgmt-license: usage reporting and license updates'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.25/32 port 25,80,443 comment 'portcullis: spammertrap lan-in-smtp,lan-in-http,lan-in-https: direct SMTP from internal clients;...'
  "$@" route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::25/128 port 25,80,443 comment 'portcullis: spammertrap lan-in-smtp,lan-in-http,lan-in-https: direct SMTP from internal clients;...'
  "$@" route deny in on eth0 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 198.18.5.0/24 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 203.0.113.0/24 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth1 proto tcp from 2001:db8:25::/64 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 192.0.2.0/25 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 198.18.5.0/24 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 203.0.113.0/24 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 2001:db8:1::/64 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 2001:db8:25::/64 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 192.0.2.0/25 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 198.18.5.0/24 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth0 out on eth2 proto tcp from 203.0.113.0/24 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.2.0/25 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.5.0/24 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.113.0/24 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25::/64 port 25,43,53,80,443,587,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.2.0/25 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.5.0/24 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.113.0/24 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25::/64 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.2.0/25 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.5.0/24 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.113.0/24 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1::/64 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25::/64 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.2.0/25 port 80,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.5.0/24 port 80,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.113.0/24 port 80,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1::/64 port 80,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25::/64 port 80,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.2.0/25 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.5.0/24 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.113.0/24 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: not internet: own addresses of the site'
  "$@" route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/0 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from ::/0 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 0.0.0.0/0 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from ::/0 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 0.0.0.0/0 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 0.0.0.0/0 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to ::/0 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 0.0.0.0/0 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to ::/0 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 0.0.0.0/0 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to ::/0 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 0.0.0.0/0 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to ::/0 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 0.0.0.0/0 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
}
# PORTCULLIS_CHECK_ONLY=1: check every rule with ufw --dry-run, change nothing (portcullis apply does).
if [ "${PORTCULLIS_CHECK_ONLY:-}" = 1 ]; then pc_rules ufw --dry-run >/dev/null; exit 0; fi
# /etc/ufw/portcullis-edge.sum holds the fingerprint of the rules last loaded and how many ufw then listed: when both match, the rules are in place and are not removed and added again.
PC_SUM=b3cd51d5b7a42407
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
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.128/25 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.128/25 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.128/25 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 192.0.2.128/25 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
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
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 196.0.0.0/7 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.0.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.0.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.0.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.0.0.0/12 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.16.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.16.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.16.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.16.0.0/15 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.0.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.0.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.0.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.0.0/22 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.4.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.4.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.4.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.4.0/24 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.6.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.6.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.6.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.6.0/23 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.8.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.8.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.8.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.8.0/21 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.16.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.16.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.16.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.16.0/20 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.32.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.32.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.32.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.32.0/19 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.64.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.64.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.64.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.64.0/18 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.18.128.0/17 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.19.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.19.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.19.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.19.0.0/16 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.20.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.20.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.20.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.20.0.0/14 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.24.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.24.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.24.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.24.0.0/13 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.32.0.0/11 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.64.0.0/10 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 198.128.0.0/9 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 199.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 199.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 199.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth0 -o eth1 -s 199.0.0.0/8 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
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
# before.rules: spammertrap lan-in-icmp: pings and diagnostics for health monitoring
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-forward -i eth2 -o eth1 -s 192.0.2.0/25 -d 203.0.113.25/32 -p icmp --icmp-type 12 -j ACCEPT
# portcullis end
PORTCULLIS_ICMP
[ -n "$pc_same" ] || { rm -f /etc/ufw/portcullis-edge.sum; pc_rules ufw >/dev/null; echo "$PC_SUM $(pc_count)" > /etc/ufw/portcullis-edge.sum; }
ufw --force enable
trap - EXIT
