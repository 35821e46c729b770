#!/bin/sh
# portcullis: host mgmt1 of site acme-mail (192.0.2.10)
# ufw, stateful; sets the defaults to deny incoming and outgoing (routed is left alone: containers and published ports pass as before).
# internet (every address outside the site) is written as the CIDRs it is: this target has no "every address but" match.
# Run as root: sh mgmt1.ufw.sh. Idempotent: it removes the rules an earlier run added (their comments start with "portcullis:") and adds the plan's; other ufw rules are kept.
# Every rule is checked with ufw --dry-run before anything changes; if a later step fails, ufw is left enabled with what it holds (fail closed) and the script says how to recover.
# ICMP: ufw's command line cannot name ICMP types, so this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there, between "# portcullis begin" and "# portcullis end".
# Application profiles: copy mgmt1.ufw-apps to /etc/ufw/applications.d/ (ufw app list shows them).
set -eu
# pc_rules CMD...: the rules of the plan, each run as CMD (ufw, or ufw --dry-run).
pc_rules() {
  :
  "$@" allow in proto tcp from 192.0.2.128/28 to any port 22,8470,8474 comment 'portcullis: mailstore-spe adm-console,adm-api; site flows[0]: Management Console (web); Managemen...'
  "$@" allow in proto tcp from 192.0.2.11/32 to any port 8471,8474 comment 'portcullis: mailstore-spe to-mgmt,pairing: internal communication with the Management Server; ini...'
  "$@" allow in proto tcp from 192.0.2.12/32 to any port 8471,8474 comment 'portcullis: mailstore-spe to-mgmt,pairing: internal communication with the Management Server; ini...'
  "$@" allow out proto tcp from any to 0.0.0.0/1 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 128.0.0.0/2 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.0.0/23 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.2.144/28 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.2.160/27 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.2.192/26 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.3.0/24 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.4.0/22 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.8.0/21 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.16.0/20 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.32.0/19 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.64.0/18 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.0.128.0/17 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.1.0.0/16 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.2.0.0/15 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.4.0.0/14 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.8.0.0/13 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.16.0.0/12 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.32.0.0/11 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.64.0.0/10 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 192.128.0.0/9 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 193.0.0.0/8 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 194.0.0.0/7 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 196.0.0.0/6 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 200.0.0.0/7 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 202.0.0.0/8 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.0.0.0/18 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.0.64.0/19 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.0.96.0/20 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.0.112.0/24 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.0.114.0/23 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.0.116.0/22 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.0.120.0/21 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.0.128.0/17 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.1.0.0/16 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.2.0.0/15 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.4.0.0/14 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.8.0.0/13 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.16.0.0/12 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.32.0.0/11 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.64.0.0/10 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 203.128.0.0/9 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 204.0.0.0/6 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 208.0.0.0/4 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  "$@" allow out proto tcp from any to 224.0.0.0/3 port 80 comment 'portcullis: mailstore-spe crl-http: certificate revocation checks over HTTP'
  # DNS name my.mailstore.com, resolved at compile time
  "$@" allow out proto tcp from any to 198.51.100.7/32 port 443 comment 'portcullis: mailstore-spe mgmt-license: usage reporting and license updates'
  "$@" allow out proto tcp from any to 0.0.0.0/0 port 587 comment 'portcullis: mailstore-spe mgmt-submission: Management Server sends informational mail'
  "$@" allow out proto tcp from any to 192.0.2.12/32 port 8472 comment 'portcullis: mailstore-spe to-ih: internal communication with Instance Hosts'
  "$@" allow out proto tcp from any to 192.0.2.11/32 port 8473 comment 'portcullis: mailstore-spe to-cas: internal communication with Client Access Servers'
}
pc_rules ufw --dry-run >/dev/null
pc_fail() { echo "portcullis: loading mgmt1.ufw.sh failed; ufw is left enabled with the rules it holds. Fix the cause and run the script again; from the console, ufw disable turns filtering off." >&2; ufw --force enable >/dev/null 2>&1 || true; }
trap 'pc_fail' EXIT
ufw default deny incoming
ufw default deny outgoing
# Remove the rules an earlier run added (ufw show added lists them as commands, active or not).
ufw show added | sed -n "s/^ufw \(.*comment 'portcullis: .*\)$/\1/p" | while read -r rule; do eval "ufw --force delete $rule" >/dev/null; done
sed -i -e '/^# portcullis begin$/,/^# portcullis end$/d' /etc/ufw/before.rules
sed -i -e '/^# portcullis begin$/,/^# portcullis end$/d' /etc/ufw/before6.rules
sed -i -e '/^-A ufw-before-\(input\|output\|forward\) -p icmp .* -j ACCEPT$/d' /etc/ufw/before.rules
sed -i -e '/^-A ufw6-before-\(input\|output\|forward\) -p icmpv6 --icmpv6-type \(destination-unreachable\|packet-too-big\|time-exceeded\|parameter-problem\|echo-request\|echo-reply\) -j ACCEPT$/d' /etc/ufw/before6.rules
# pc_icmp FILE: adds the lines of standard input before the first COMMIT of FILE.
pc_icmp() { add=$(mktemp); out=$(mktemp); cat > "$add"; awk 'FNR == NR { a = a $0 "\n"; next } !d && /^COMMIT$/ { printf "%s", a; d = 1 } { print }' "$add" "$1" > "$out"; cat "$out" > "$1"; rm -f "$add" "$out"; }
pc_rules ufw >/dev/null
ufw --force enable
trap - EXIT
