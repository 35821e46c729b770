#!/bin/sh
# portcullis: host h1 of site t (203.0.113.10, 2001:db8:10::10)
# ufw, stateful; sets the defaults to deny incoming and outgoing (routed is left alone: containers and published ports pass as before).
# internet (every address outside the site) is written as a deny for each own address of the site, then an allow for every address: ufw takes the first rule that matches.
# Run as root: sh h1.ufw.sh. Idempotent: it removes the rules an earlier run added (their comments start with "portcullis:") and adds the plan's; other ufw rules are kept.
# Every rule is checked with ufw --dry-run before anything changes; if a later step fails, ufw is left enabled with what it holds (fail closed) and the script says how to recover.
# ICMP: ufw's command line cannot name ICMP types, so this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there, between "# portcullis begin" and "# portcullis end".
# Application profiles: copy h1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
# pc_rules CMD...: the rules of the plan, each run as CMD (ufw, or ufw --dry-run).
pc_rules() {
  :
  "$@" deny in proto tcp from 203.0.113.10/32 to any port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny in proto tcp from 2001:db8:10::10/128 to any port 25,80,113,443 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto tcp from any to 203.0.113.10/32 port 25,43,53,80,110,143,389,443,587,636,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto tcp from any to 2001:db8:10::10/128 port 25,43,53,80,110,143,389,443,587,636,2703 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto udp from any to 203.0.113.10/32 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto udp from any to 2001:db8:10::10/128 port 53,123,6277 comment 'portcullis: not internet: own addresses of the site'
  "$@" allow in proto tcp from 0.0.0.0/0 to any port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https,lan-in-smtp,lan-in-http,lan-in-https: r...'
  "$@" allow in proto tcp from ::/0 to any port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https,lan-in-smtp,lan-in-http,lan-in-https: r...'
  "$@" allow out proto tcp from any to 0.0.0.0/0 port 25,43,53,80,110,143,389,443,587,636,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission,...'
  "$@" allow out proto tcp from any to ::/0 port 25,43,53,80,110,143,389,443,587,636,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission,...'
  "$@" allow out proto udp from any to 0.0.0.0/0 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc,lan-out-dns: DNS blacklist and MX lookups; NTP ti...'
  "$@" allow out proto udp from any to ::/0 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc,lan-out-dns: DNS blacklist and MX lookups; NTP ti...'
}
# PORTCULLIS_CHECK_ONLY=1: check every rule with ufw --dry-run, change nothing (portcullis apply does).
if [ "${PORTCULLIS_CHECK_ONLY:-}" = 1 ]; then pc_rules ufw --dry-run >/dev/null; exit 0; fi
# /etc/ufw/portcullis-h1.sum holds the fingerprint of the rules last loaded and how many ufw then listed: when both match, the rules are in place and are not removed and added again.
PC_SUM=dbbf24074732614c
pc_count() { ufw show added | grep -c "comment 'portcullis: " || true; }
pc_same=; [ "$(cat /etc/ufw/portcullis-h1.sum 2>/dev/null)" = "$PC_SUM $(pc_count)" ] && pc_same=1
[ -n "$pc_same" ] || pc_rules ufw --dry-run >/dev/null
pc_fail() { echo "portcullis: loading h1.ufw.sh failed; ufw is left enabled with the rules it holds. Fix the cause and run the script again; from the console, ufw disable turns filtering off." >&2; ufw --force enable >/dev/null 2>&1 || true; }
trap 'pc_fail' EXIT
ufw default deny incoming
ufw default deny outgoing
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
# before.rules: spammertrap in-icmp-diag,lan-in-icmp: ICMP diagnostics (not pings); pings and diagnostics for health monitoring
-A ufw-before-input -s 0.0.0.0/1 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 0.0.0.0/1 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 0.0.0.0/1 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 0.0.0.0/1 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 0.0.0.0/1 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 0.0.0.0/1 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 128.0.0.0/2 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 128.0.0.0/2 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 128.0.0.0/2 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 128.0.0.0/2 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 128.0.0.0/2 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 128.0.0.0/2 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 192.0.0.0/5 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 192.0.0.0/5 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 192.0.0.0/5 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 192.0.0.0/5 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 192.0.0.0/5 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 192.0.0.0/5 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 200.0.0.0/7 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 200.0.0.0/7 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 200.0.0.0/7 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 200.0.0.0/7 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 200.0.0.0/7 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 200.0.0.0/7 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 202.0.0.0/8 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 202.0.0.0/8 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 202.0.0.0/8 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 202.0.0.0/8 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 202.0.0.0/8 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 202.0.0.0/8 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.0.0/18 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.0.0/18 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.0.0/18 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.0.0/18 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.0.0/18 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.0.0/18 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.64.0/19 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.64.0/19 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.64.0/19 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.64.0/19 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.64.0/19 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.64.0/19 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.96.0/20 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.96.0/20 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.96.0/20 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.96.0/20 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.96.0/20 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.96.0/20 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.112.0/24 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.112.0/24 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.112.0/24 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.112.0/24 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.112.0/24 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.112.0/24 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.113.0/29 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.113.0/29 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.113.0/29 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.113.0/29 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.113.0/29 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.113.0/29 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.113.8/31 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.113.8/31 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.113.8/31 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.113.8/31 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.113.8/31 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.113.8/31 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.113.11/32 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.113.11/32 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.113.11/32 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.113.11/32 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.113.11/32 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.113.11/32 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.113.12/30 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.113.12/30 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.113.12/30 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.113.12/30 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.113.12/30 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.113.12/30 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.113.16/28 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.113.16/28 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.113.16/28 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.113.16/28 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.113.16/28 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.113.16/28 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.113.32/27 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.113.32/27 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.113.32/27 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.113.32/27 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.113.32/27 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.113.32/27 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.113.64/26 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.113.64/26 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.113.64/26 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.113.64/26 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.113.64/26 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.113.64/26 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.113.128/25 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.113.128/25 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.113.128/25 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.113.128/25 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.113.128/25 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.113.128/25 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.114.0/23 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.114.0/23 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.114.0/23 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.114.0/23 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.114.0/23 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.114.0/23 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.116.0/22 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.116.0/22 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.116.0/22 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.116.0/22 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.116.0/22 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.116.0/22 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.120.0/21 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.120.0/21 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.120.0/21 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.120.0/21 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.120.0/21 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.120.0/21 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.0.128.0/17 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.0.128.0/17 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.0.128.0/17 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.0.128.0/17 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.0.128.0/17 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.0.128.0/17 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.1.0.0/16 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.1.0.0/16 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.1.0.0/16 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.1.0.0/16 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.1.0.0/16 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.1.0.0/16 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.2.0.0/15 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.2.0.0/15 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.2.0.0/15 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.2.0.0/15 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.2.0.0/15 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.2.0.0/15 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.4.0.0/14 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.4.0.0/14 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.4.0.0/14 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.4.0.0/14 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.4.0.0/14 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.4.0.0/14 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.8.0.0/13 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.8.0.0/13 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.8.0.0/13 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.8.0.0/13 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.8.0.0/13 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.8.0.0/13 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.16.0.0/12 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.16.0.0/12 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.16.0.0/12 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.16.0.0/12 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.16.0.0/12 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.16.0.0/12 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.32.0.0/11 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.32.0.0/11 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.32.0.0/11 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.32.0.0/11 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.32.0.0/11 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.32.0.0/11 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.64.0.0/10 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.64.0.0/10 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.64.0.0/10 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.64.0.0/10 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.64.0.0/10 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.64.0.0/10 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 203.128.0.0/9 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 203.128.0.0/9 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 203.128.0.0/9 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 203.128.0.0/9 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 203.128.0.0/9 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 203.128.0.0/9 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 204.0.0.0/6 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 204.0.0.0/6 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 204.0.0.0/6 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 204.0.0.0/6 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 204.0.0.0/6 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 204.0.0.0/6 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 208.0.0.0/4 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 208.0.0.0/4 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 208.0.0.0/4 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 208.0.0.0/4 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 208.0.0.0/4 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 208.0.0.0/4 -p icmp --icmp-type 12 -j ACCEPT
-A ufw-before-input -s 224.0.0.0/3 -p icmp --icmp-type 3 -j ACCEPT
-A ufw-before-input -s 224.0.0.0/3 -p icmp --icmp-type 4 -j ACCEPT
-A ufw-before-input -s 224.0.0.0/3 -p icmp --icmp-type 5 -j ACCEPT
-A ufw-before-input -s 224.0.0.0/3 -p icmp --icmp-type 8 -j ACCEPT
-A ufw-before-input -s 224.0.0.0/3 -p icmp --icmp-type 11 -j ACCEPT
-A ufw-before-input -s 224.0.0.0/3 -p icmp --icmp-type 12 -j ACCEPT
# portcullis end
PORTCULLIS_ICMP
[ -n "$pc_same" ] || { rm -f /etc/ufw/portcullis-h1.sum; pc_rules ufw >/dev/null; echo "$PC_SUM $(pc_count)" > /etc/ufw/portcullis-h1.sum; }
ufw --force enable
trap - EXIT
