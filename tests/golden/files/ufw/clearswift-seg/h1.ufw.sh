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
  "$@" deny in proto tcp from 203.0.113.10/32 to any port 20:22,25,53,80,389,443,636,990,3269,9090,11371 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny in proto tcp from 2001:db8:10::10/128 to any port 20:22,25,53,80,389,443,636,990,3269,9090,11371 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny in proto udp from 203.0.113.10/32 to any port 53,123,19200 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny in proto udp from 2001:db8:10::10/128 to any port 53,123,19200 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto tcp from any to 203.0.113.10/32 port 20:22,25,53,80,135,139,389,443,445,514,636,990,3268:3269 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto tcp from any to 203.0.113.10/32 port 9090,11371 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto tcp from any to 2001:db8:10::10/128 port 20:22,25,53,80,135,139,389,443,445,514,636,990,3268:3269 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto tcp from any to 2001:db8:10::10/128 port 9090,11371 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto udp from any to 203.0.113.10/32 port 53,123,137,161:162,19200 comment 'portcullis: not internet: own addresses of the site'
  "$@" deny out proto udp from any to 2001:db8:10::10/128 port 53,123,137,161:162,19200 comment 'portcullis: not internet: own addresses of the site'
  "$@" allow in proto tcp from 0.0.0.0/0 to any port 20:22,25,53,80,389,443,636,990,3269,9090,11371 comment 'portcullis: clearswift-seg ftp-data-in,ftp-in,ftps-explicit-in,ssh-in,smtp-in,livefeed-in,pmm-htt...'
  "$@" allow in proto tcp from ::/0 to any port 20:22,25,53,80,389,443,636,990,3269,9090,11371 comment 'portcullis: clearswift-seg ftp-data-in,ftp-in,ftps-explicit-in,ssh-in,smtp-in,livefeed-in,pmm-htt...'
  "$@" allow in proto udp from 0.0.0.0/0 to any port 53,123,19200 comment 'portcullis: clearswift-seg livefeed-in,ntp-in,greylist-in: TRUSTmanager LiveFeed checks; NTP; gre...'
  "$@" allow in proto udp from ::/0 to any port 53,123,19200 comment 'portcullis: clearswift-seg livefeed-in,ntp-in,greylist-in: TRUSTmanager LiveFeed checks; NTP; gre...'
  "$@" allow out proto tcp from any to 0.0.0.0/0 port 20:22,25,53,80,135,139,389,443,445,514,636,990,3268:3269 comment 'portcullis: clearswift-seg ftp-data-out,ftp-out,ftps-explicit-out,sftp-out,smtp-out,livefeed-out,...'
  "$@" allow out proto tcp from any to 0.0.0.0/0 port 9090,11371 comment 'portcullis: clearswift-seg ftp-data-out,ftp-out,ftps-explicit-out,sftp-out,smtp-out,livefeed-out,...'
  "$@" allow out proto tcp from any to ::/0 port 20:22,25,53,80,135,139,389,443,445,514,636,990,3268:3269 comment 'portcullis: clearswift-seg ftp-data-out,ftp-out,ftps-explicit-out,sftp-out,smtp-out,livefeed-out,...'
  "$@" allow out proto tcp from any to ::/0 port 9090,11371 comment 'portcullis: clearswift-seg ftp-data-out,ftp-out,ftps-explicit-out,sftp-out,smtp-out,livefeed-out,...'
  "$@" allow out proto udp from any to 0.0.0.0/0 port 53,123,137,161:162,19200 comment 'portcullis: clearswift-seg livefeed-out,dns-out,ntp-out,ntlm-out,snmp-out,snmp-traps,greylist-out...'
  "$@" allow out proto udp from any to ::/0 port 53,123,137,161:162,19200 comment 'portcullis: clearswift-seg livefeed-out,dns-out,ntp-out,ntlm-out,snmp-out,snmp-traps,greylist-out...'
}
# PORTCULLIS_CHECK_ONLY=1: check every rule with ufw --dry-run, change nothing (portcullis apply does).
if [ "${PORTCULLIS_CHECK_ONLY:-}" = 1 ]; then pc_rules ufw --dry-run >/dev/null; exit 0; fi
# /etc/ufw/portcullis-h1.sum holds the fingerprint of the rules last loaded and how many ufw then listed: when both match, the rules are in place and are not removed and added again.
PC_SUM=e25929d0e0bf345e
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
[ -n "$pc_same" ] || { rm -f /etc/ufw/portcullis-h1.sum; pc_rules ufw >/dev/null; echo "$PC_SUM $(pc_count)" > /etc/ufw/portcullis-h1.sum; }
ufw --force enable
trap - EXIT
