#!/bin/sh
# portcullis: host mgmt1 of site acme-mail (192.0.2.10)
# ufw, stateful; sets the defaults to deny incoming and outgoing (routed is left alone: containers and published ports pass as before).
# internet (every address outside the site) is written as a deny for each own address of the site, then an allow for every address: ufw takes the first rule that matches.
# Run as root: sh mgmt1.ufw.sh. Idempotent: it removes the rules an earlier run added (their comments start with "portcullis:") and adds the plan's; other ufw rules are kept.
# Every rule is checked with ufw --dry-run before anything changes; if a later step fails, ufw is left enabled with what it holds (fail closed) and the script says how to recover.
# ICMP: ufw's command line cannot name ICMP types, so this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there, between "# portcullis begin" and "# portcullis end".
# Application profiles: copy mgmt1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
# pc_rules CMD...: the rules of the plan, each run as CMD (ufw, or ufw --dry-run).
pc_rules() {
  :
  "$@" allow in proto tcp from 192.0.2.128/28 to any port 22,8470,8474 comment 'portcullis: mailstore-spe adm-console,adm-api; site management: Management Console (web); Managem...'
  "$@" allow in proto tcp from 192.0.2.11/32 to any port 8471,8474 comment 'portcullis: mailstore-spe to-mgmt,pairing: internal communication with the Management Server; ini...'
  "$@" allow in proto tcp from 192.0.2.12/32 to any port 8471,8474 comment 'portcullis: mailstore-spe to-mgmt,pairing: internal communication with the Management Server; ini...'
  "$@" allow out proto tcp from any to 192.0.2.53/32 port 53 comment 'portcullis: os-base dns: name lookups (MX and blocklist lookups of mail software too)'
  # DNS name my.mailstore.com, resolved at compile time
  "$@" allow out proto tcp from any to 198.51.100.7/32 port 443 comment 'portcullis: mailstore-spe mgmt-license: usage reporting and license updates'
  "$@" allow out proto tcp from any to 0.0.0.0/0 port 587 comment 'portcullis: mailstore-spe mgmt-submission: Management Server sends informational mail'
  "$@" allow out proto tcp from any to 192.0.2.12/32 port 8472 comment 'portcullis: mailstore-spe to-ih: internal communication with Instance Hosts'
  "$@" allow out proto tcp from any to 192.0.2.11/32 port 8473 comment 'portcullis: mailstore-spe to-cas: internal communication with Client Access Servers'
  "$@" allow out proto udp from any to 192.0.2.53/32 port 53 comment 'portcullis: os-base dns: name lookups (MX and blocklist lookups of mail software too)'
  "$@" deny out proto tcp from any to 192.0.2.0/25 port 80 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto tcp from any to 192.0.2.128/28 port 80 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto tcp from any to 203.0.113.0/24 port 80 comment 'portcullis: not internet: own addresses of the site'
  "$@" allow out proto tcp from any to 0.0.0.0/0 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
}
# PORTCULLIS_CHECK_ONLY=1: check every rule with ufw --dry-run, change nothing (portcullis apply does).
if [ "${PORTCULLIS_CHECK_ONLY:-}" = 1 ]; then pc_rules ufw --dry-run >/dev/null; exit 0; fi
# /etc/ufw/portcullis-mgmt1.sum holds the fingerprint of the rules last loaded and how many ufw then listed: when both match, the rules are in place and are not removed and added again.
PC_SUM=59e4d3d263d4e2ad
pc_count() { ufw show added | grep -c "comment 'portcullis: " || true; }
pc_same=; [ "$(cat /etc/ufw/portcullis-mgmt1.sum 2>/dev/null)" = "$PC_SUM $(pc_count)" ] && pc_same=1
[ -n "$pc_same" ] || pc_rules ufw --dry-run >/dev/null
pc_fail() { echo "portcullis: loading mgmt1.ufw.sh failed; ufw is left enabled with the rules it holds. Fix the cause and run the script again; from the console, ufw disable turns filtering off." >&2; ufw --force enable >/dev/null 2>&1 || true; }
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
[ -n "$pc_same" ] || { rm -f /etc/ufw/portcullis-mgmt1.sum; pc_rules ufw >/dev/null; echo "$PC_SUM $(pc_count)" > /etc/ufw/portcullis-mgmt1.sum; }
ufw --force enable
trap - EXIT
