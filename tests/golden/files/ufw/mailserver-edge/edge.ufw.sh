#!/bin/sh
# portcullis: network firewall edge of site t
# ufw, stateful; sets the default for routed traffic to deny. The router's own traffic is left alone: incoming and outgoing keep their defaults (allow, if ufw was inactive).
# internet (every address outside the site) is written as a deny for each own address of the site, then an allow for every address: ufw takes the first rule that matches.
# Run as root: sh edge.ufw.sh. Idempotent: it removes the rules an earlier run added (their comments start with "portcullis:") and adds the plan's; other ufw rules are kept.
# Every rule is checked with ufw --dry-run before anything changes; if a later step fails, ufw is left enabled with what it holds (fail closed) and the script says how to recover.
# ICMP: ufw's command line cannot name ICMP types, so this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there, between "# portcullis begin" and "# portcullis end".
set -eu
# pc_rules CMD...: the rules of the plan, each run as CMD (ufw, or ufw --dry-run).
pc_rules() {
  :
  "$@" route deny in on wan out on dmz proto tcp from 203.0.113.0/24 to 203.0.113.10/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on wan out on dmz proto tcp from 2001:db8:10::/64 to 2001:db8:10::10/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on dmz out on wan proto tcp from 203.0.113.10/32 to 203.0.113.0/24 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route deny in on dmz out on wan proto tcp from 2001:db8:10::10/128 to 2001:db8:10::/64 port 25 comment 'portcullis: not internet: own addresses of the site'
  "$@" route allow in on wan out on dmz proto tcp from 0.0.0.0/0 to 203.0.113.10/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on wan out on dmz proto tcp from ::/0 to 2001:db8:10::10/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on dmz out on wan proto tcp from 203.0.113.10/32 to 0.0.0.0/0 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on dmz out on wan proto tcp from 2001:db8:10::10/128 to ::/0 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
}
# PORTCULLIS_CHECK_ONLY=1: check every rule with ufw --dry-run, change nothing (portcullis apply does).
if [ "${PORTCULLIS_CHECK_ONLY:-}" = 1 ]; then pc_rules ufw --dry-run >/dev/null; exit 0; fi
# /etc/ufw/portcullis-edge.sum holds the fingerprint of the rules last loaded and how many ufw then listed: when both match, the rules are in place and are not removed and added again.
PC_SUM=3fb2032b877772dd
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
[ -n "$pc_same" ] || { rm -f /etc/ufw/portcullis-edge.sum; pc_rules ufw >/dev/null; echo "$PC_SUM $(pc_count)" > /etc/ufw/portcullis-edge.sum; }
ufw --force enable
trap - EXIT
