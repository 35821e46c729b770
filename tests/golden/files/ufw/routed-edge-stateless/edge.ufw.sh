#!/bin/sh
# portcullis: network firewall edge of site routed
# ufw, stateful; sets the default for routed traffic to deny. The router's own traffic is left alone: incoming and outgoing keep their defaults (allow, if ufw was inactive).
# internet (every address outside the site) is written as the CIDRs it is: this target has no "every address but" match.
# Run as root: sh edge.ufw.sh. Idempotent: it removes the rules an earlier run added (their comments start with "portcullis:") and adds the plan's; other ufw rules are kept.
# Every rule is checked with ufw --dry-run before anything changes; if a later step fails, ufw is left enabled with what it holds (fail closed) and the script says how to recover.
# ICMP: ufw's command line cannot name ICMP types, so this script removes the stock ICMP echo and error accepts from /etc/ufw/before.rules and before6.rules (neighbour discovery stays) and adds the plan's ICMP rules there, between "# portcullis begin" and "# portcullis end".
set -eu
# pc_rules CMD...: the rules of the plan, each run as CMD (ufw, or ufw --dry-run).
pc_rules() {
  :
  "$@" route allow in on eth0 out on eth1 proto tcp from 0.0.0.0/1 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 128.0.0.0/2 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.0.0/23 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.2.128/25 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.3.0/24 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.4.0/22 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.8.0/21 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.16.0/20 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.32.0/19 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.64.0/18 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.0.128.0/17 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.1.0.0/16 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.2.0.0/15 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.4.0.0/14 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.8.0.0/13 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.16.0.0/12 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.32.0.0/11 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.64.0.0/10 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 192.128.0.0/9 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 193.0.0.0/8 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 194.0.0.0/7 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 196.0.0.0/7 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.0.0.0/12 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.16.0.0/15 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.18.0.0/22 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.18.4.0/24 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.18.6.0/23 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.18.8.0/21 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.18.16.0/20 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.18.32.0/19 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.18.64.0/18 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.18.128.0/17 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.19.0.0/16 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.20.0.0/14 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.24.0.0/13 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.32.0.0/11 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.64.0.0/10 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 198.128.0.0/9 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 199.0.0.0/8 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 200.0.0.0/7 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 202.0.0.0/8 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.0.0.0/18 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.0.64.0/19 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.0.96.0/20 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.0.112.0/24 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.0.114.0/23 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.0.116.0/22 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.0.120.0/21 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.0.128.0/17 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.1.0.0/16 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.2.0.0/15 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.4.0.0/14 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.8.0.0/13 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.16.0.0/12 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.32.0.0/11 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.64.0.0/10 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 203.128.0.0/9 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 204.0.0.0/6 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 208.0.0.0/4 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 224.0.0.0/3 to 203.0.113.25/32 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from ::/3 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2000::/16 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001::/21 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:800::/22 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:c00::/24 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:d00::/25 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:d80::/27 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:da0::/28 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db0::/29 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8::/48 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:1::/64 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:2::/63 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:4::/62 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:8::/61 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:10::/60 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:20::/59 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:40::/58 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:80::/57 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:100::/56 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:200::/55 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:400::/54 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:800::/53 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:1000::/52 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:2000::/51 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:4000::/50 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1:8000::/49 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:2::/47 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:4::/46 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:8::/45 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:10::/44 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:20::/46 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:24::/48 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:1::/64 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:2::/63 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:4::/62 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:8::/61 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:10::/60 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:20::/59 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:40::/58 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:80::/57 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:100::/56 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:200::/55 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:400::/54 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:800::/53 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:1000::/52 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:2000::/51 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:4000::/50 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:25:8000::/49 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:26::/47 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:28::/45 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:30::/44 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:40::/42 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:80::/41 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:100::/40 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:200::/39 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:400::/38 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:800::/37 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:1000::/36 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:2000::/35 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:4000::/34 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db8:8000::/33 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:db9::/32 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:dba::/31 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:dbc::/30 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:dc0::/26 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:e00::/23 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:1000::/20 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:2000::/19 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:4000::/18 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2001:8000::/17 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2002::/15 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2004::/14 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2008::/13 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2010::/12 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2020::/11 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2040::/10 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2080::/9 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2100::/8 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2200::/7 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2400::/6 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 2800::/5 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 3000::/4 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 4000::/2 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth1 proto tcp from 8000::/1 to 2001:db8:25::25/128 port 25,80,113,443 comment 'portcullis: spammertrap in-smtp,in-ident,in-http,in-https: receive mail; identd for older mail se...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 0.0.0.0/1 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 128.0.0.0/2 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.0.0/23 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.2.128/25 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.3.0/24 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.4.0/22 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.8.0/21 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.16.0/20 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.32.0/19 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.64.0/18 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.128.0/17 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.1.0.0/16 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.2.0.0/15 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.4.0.0/14 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.8.0.0/13 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.16.0.0/12 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.32.0.0/11 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.64.0.0/10 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.128.0.0/9 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 193.0.0.0/8 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 194.0.0.0/7 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 196.0.0.0/7 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.0.0.0/12 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.16.0.0/15 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.0.0/22 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.4.0/24 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.6.0/23 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.8.0/21 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.16.0/20 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.32.0/19 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.64.0/18 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.128.0/17 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.19.0.0/16 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.20.0.0/14 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.24.0.0/13 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.32.0.0/11 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.64.0.0/10 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.128.0.0/9 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 199.0.0.0/8 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 200.0.0.0/7 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 202.0.0.0/8 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.0.0/18 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.64.0/19 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.96.0/20 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.112.0/24 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.114.0/23 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.116.0/22 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.120.0/21 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.128.0/17 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.1.0.0/16 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.2.0.0/15 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.4.0.0/14 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.8.0.0/13 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.16.0.0/12 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.32.0.0/11 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.64.0.0/10 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.128.0.0/9 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 204.0.0.0/6 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 208.0.0.0/4 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 224.0.0.0/3 to 192.0.2.30/32 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from ::/3 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2000::/16 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001::/21 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:800::/22 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:c00::/24 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:d00::/25 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:d80::/27 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:da0::/28 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db0::/29 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8::/48 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:1::/64 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:2::/63 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:4::/62 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:8::/61 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:10::/60 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:20::/59 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:40::/58 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:80::/57 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:100::/56 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:200::/55 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:400::/54 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:800::/53 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:1000::/52 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:2000::/51 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:4000::/50 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1:8000::/49 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:2::/47 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:4::/46 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:8::/45 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:10::/44 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:20::/46 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:24::/48 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:1::/64 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:2::/63 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:4::/62 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:8::/61 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:10::/60 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:20::/59 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:40::/58 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:80::/57 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:100::/56 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:200::/55 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:400::/54 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:800::/53 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:1000::/52 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:2000::/51 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:4000::/50 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:25:8000::/49 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:26::/47 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:28::/45 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:30::/44 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:40::/42 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:80::/41 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:100::/40 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:200::/39 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:400::/38 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:800::/37 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:1000::/36 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:2000::/35 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:4000::/34 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db8:8000::/33 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:db9::/32 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:dba::/31 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:dbc::/30 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:dc0::/26 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:e00::/23 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:1000::/20 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:2000::/19 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:4000::/18 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2001:8000::/17 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2002::/15 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2004::/14 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2008::/13 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2010::/12 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2020::/11 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2040::/10 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2080::/9 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2100::/8 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2200::/7 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2400::/6 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 2800::/5 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 3000::/4 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 4000::/2 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 8000::/1 to 2001:db8:1::30/128 port 25,80,110,143,443,465,993,995 comment 'portcullis: mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 0.0.0.0/1 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 128.0.0.0/2 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.0.0/23 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.2.128/25 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.3.0/24 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.4.0/22 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.8.0/21 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.16.0/20 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.32.0/19 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.64.0/18 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.0.128.0/17 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.1.0.0/16 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.2.0.0/15 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.4.0.0/14 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.8.0.0/13 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.16.0.0/12 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.32.0.0/11 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.64.0.0/10 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 192.128.0.0/9 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 193.0.0.0/8 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 194.0.0.0/7 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 196.0.0.0/7 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.0.0.0/12 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.16.0.0/15 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.0.0/22 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.4.0/24 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.6.0/23 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.8.0/21 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.16.0/20 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.32.0/19 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.64.0/18 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.18.128.0/17 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.19.0.0/16 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.20.0.0/14 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.24.0.0/13 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.32.0.0/11 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.64.0.0/10 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 198.128.0.0/9 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 199.0.0.0/8 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 200.0.0.0/7 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 202.0.0.0/8 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.0.0/18 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.64.0/19 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.96.0/20 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.112.0/24 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.114.0/23 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.116.0/22 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.120.0/21 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.0.128.0/17 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.1.0.0/16 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.2.0.0/15 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.4.0.0/14 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.8.0.0/13 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.16.0.0/12 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.32.0.0/11 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.64.0.0/10 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 203.128.0.0/9 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 204.0.0.0/6 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 208.0.0.0/4 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth0 out on eth2 proto tcp from 224.0.0.0/3 to 192.0.2.10/32 port 143,443,993 comment 'portcullis: mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archi...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 0.0.0.0/1 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 128.0.0.0/2 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.0.0/23 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.2.128/25 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.3.0/24 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.4.0/22 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.8.0/21 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.16.0/20 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.32.0/19 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.64.0/18 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.0.128.0/17 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.1.0.0/16 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.2.0.0/15 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.4.0.0/14 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.8.0.0/13 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.16.0.0/12 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.32.0.0/11 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.64.0.0/10 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 192.128.0.0/9 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 193.0.0.0/8 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 194.0.0.0/7 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 196.0.0.0/7 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.0.0.0/12 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.16.0.0/15 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.0.0/22 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.4.0/24 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.6.0/23 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.8.0/21 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.16.0/20 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.32.0/19 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.64.0/18 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.18.128.0/17 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.19.0.0/16 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.20.0.0/14 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.24.0.0/13 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.32.0.0/11 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.64.0.0/10 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 198.128.0.0/9 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 199.0.0.0/8 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 200.0.0.0/7 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 202.0.0.0/8 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.0.0/18 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.64.0/19 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.96.0/20 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.112.0/24 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.114.0/23 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.116.0/22 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.120.0/21 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.0.128.0/17 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.1.0.0/16 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.2.0.0/15 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.4.0.0/14 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.8.0.0/13 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.16.0.0/12 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.32.0.0/11 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.64.0.0/10 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 203.128.0.0/9 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 204.0.0.0/6 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 208.0.0.0/4 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 203.0.113.25/32 to 224.0.0.0/3 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to ::/3 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2000::/16 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001::/21 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:800::/22 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:c00::/24 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:d00::/25 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:d80::/27 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:da0::/28 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db0::/29 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8::/48 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:1::/64 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:2::/63 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:4::/62 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:8::/61 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:10::/60 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:20::/59 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:40::/58 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:80::/57 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:100::/56 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:200::/55 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:400::/54 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:800::/53 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:1000::/52 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:2000::/51 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:4000::/50 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1:8000::/49 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:2::/47 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:4::/46 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:8::/45 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:10::/44 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:20::/46 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:24::/48 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:1::/64 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:2::/63 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:4::/62 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:8::/61 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:10::/60 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:20::/59 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:40::/58 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:80::/57 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:100::/56 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:200::/55 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:400::/54 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:800::/53 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:1000::/52 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:2000::/51 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:4000::/50 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:25:8000::/49 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:26::/47 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:28::/45 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:30::/44 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:40::/42 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:80::/41 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:100::/40 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:200::/39 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:400::/38 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:800::/37 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:1000::/36 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:2000::/35 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:4000::/34 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db8:8000::/33 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:db9::/32 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:dba::/31 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:dbc::/30 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:dc0::/26 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:e00::/23 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:1000::/20 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:2000::/19 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:4000::/18 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2001:8000::/17 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2002::/15 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2004::/14 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2008::/13 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2010::/12 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2020::/11 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2040::/10 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2080::/9 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2100::/8 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2200::/7 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2400::/6 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 2800::/5 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 3000::/4 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 4000::/2 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto tcp from 2001:db8:25::25/128 to 8000::/1 port 25,43,53,80,443,587,2703 comment 'portcullis: spammertrap out-smtp,out-dns,out-whois,out-http,out-updates,out-razor,out-submission:...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 0.0.0.0/1 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 128.0.0.0/2 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.0.0/23 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.2.128/25 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.3.0/24 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.4.0/22 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.8.0/21 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.16.0/20 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.32.0/19 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.64.0/18 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.0.128.0/17 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.1.0.0/16 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.2.0.0/15 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.4.0.0/14 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.8.0.0/13 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.16.0.0/12 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.32.0.0/11 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.64.0.0/10 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 192.128.0.0/9 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 193.0.0.0/8 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 194.0.0.0/7 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 196.0.0.0/7 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.0.0.0/12 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.16.0.0/15 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.0.0/22 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.4.0/24 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.6.0/23 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.8.0/21 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.16.0/20 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.32.0/19 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.64.0/18 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.18.128.0/17 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.19.0.0/16 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.20.0.0/14 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.24.0.0/13 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.32.0.0/11 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.64.0.0/10 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 198.128.0.0/9 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 199.0.0.0/8 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 200.0.0.0/7 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 202.0.0.0/8 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.0.0/18 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.64.0/19 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.96.0/20 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.112.0/24 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.114.0/23 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.116.0/22 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.120.0/21 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.0.128.0/17 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.1.0.0/16 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.2.0.0/15 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.4.0.0/14 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.8.0.0/13 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.16.0.0/12 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.32.0.0/11 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.64.0.0/10 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 203.128.0.0/9 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 204.0.0.0/6 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 208.0.0.0/4 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 203.0.113.25/32 to 224.0.0.0/3 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to ::/3 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2000::/16 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001::/21 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:800::/22 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:c00::/24 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:d00::/25 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:d80::/27 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:da0::/28 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db0::/29 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8::/48 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:1::/64 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:2::/63 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:4::/62 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:8::/61 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:10::/60 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:20::/59 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:40::/58 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:80::/57 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:100::/56 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:200::/55 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:400::/54 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:800::/53 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:1000::/52 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:2000::/51 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:4000::/50 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1:8000::/49 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:2::/47 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:4::/46 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:8::/45 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:10::/44 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:20::/46 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:24::/48 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:1::/64 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:2::/63 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:4::/62 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:8::/61 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:10::/60 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:20::/59 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:40::/58 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:80::/57 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:100::/56 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:200::/55 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:400::/54 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:800::/53 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:1000::/52 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:2000::/51 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:4000::/50 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:25:8000::/49 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:26::/47 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:28::/45 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:30::/44 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:40::/42 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:80::/41 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:100::/40 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:200::/39 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:400::/38 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:800::/37 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:1000::/36 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:2000::/35 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:4000::/34 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db8:8000::/33 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:db9::/32 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:dba::/31 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:dbc::/30 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:dc0::/26 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:e00::/23 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:1000::/20 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:2000::/19 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:4000::/18 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2001:8000::/17 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2002::/15 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2004::/14 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2008::/13 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2010::/12 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2020::/11 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2040::/10 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2080::/9 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2100::/8 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2200::/7 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2400::/6 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 2800::/5 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 3000::/4 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 4000::/2 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth0 proto udp from 2001:db8:25::25/128 to 8000::/1 port 53,123,6277 comment 'portcullis: spammertrap out-dns,out-ntp,out-dcc: DNS blacklist and MX lookups; NTP time; DCC chec...'
  "$@" route allow in on eth1 out on eth2 proto tcp from 203.0.113.25/32 to 192.0.2.0/25 port 25,53,110,143,389,636 comment 'portcullis: spammertrap lan-out-smtp,lan-out-pop3,lan-out-imap,lan-out-ldap,lan-out-dns: deliver...'
  "$@" route allow in on eth1 out on eth2 proto tcp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 25,53,110,143,389,636 comment 'portcullis: spammertrap lan-out-smtp,lan-out-pop3,lan-out-imap,lan-out-ldap,lan-out-dns: deliver...'
  "$@" route allow in on eth1 out on eth2 proto udp from 203.0.113.25/32 to 192.0.2.0/25 port 53 comment 'portcullis: spammertrap lan-out-dns: local DNS queries'
  "$@" route allow in on eth1 out on eth2 proto udp from 2001:db8:25::25/128 to 2001:db8:1::/64 port 53 comment 'portcullis: spammertrap lan-out-dns: local DNS queries'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 0.0.0.0/1 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 128.0.0.0/2 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.0.0/23 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.2.128/25 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.3.0/24 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.4.0/22 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.8.0/21 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.16.0/20 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.32.0/19 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.64.0/18 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.0.128.0/17 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.1.0.0/16 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.2.0.0/15 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.4.0.0/14 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.8.0.0/13 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.16.0.0/12 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.32.0.0/11 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.64.0.0/10 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 192.128.0.0/9 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 193.0.0.0/8 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 194.0.0.0/7 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 196.0.0.0/7 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.0.0.0/12 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.16.0.0/15 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.0.0/22 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.4.0/24 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.6.0/23 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.8.0/21 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.16.0/20 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.32.0/19 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.64.0/18 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.18.128.0/17 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.19.0.0/16 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.20.0.0/14 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.24.0.0/13 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.32.0.0/11 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.64.0.0/10 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 198.128.0.0/9 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 199.0.0.0/8 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 200.0.0.0/7 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 202.0.0.0/8 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.0.0/18 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.64.0/19 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.96.0/20 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.112.0/24 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.114.0/23 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.116.0/22 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.120.0/21 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.0.128.0/17 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.1.0.0/16 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.2.0.0/15 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.4.0.0/14 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.8.0.0/13 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.16.0.0/12 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.32.0.0/11 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.64.0.0/10 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 203.128.0.0/9 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 204.0.0.0/6 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 208.0.0.0/4 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.30/32 to 224.0.0.0/3 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to ::/3 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2000::/16 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001::/21 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:800::/22 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:c00::/24 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:d00::/25 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:d80::/27 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:da0::/28 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db0::/29 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8::/48 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:1::/64 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:2::/63 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:4::/62 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:8::/61 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:10::/60 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:20::/59 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:40::/58 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:80::/57 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:100::/56 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:200::/55 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:400::/54 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:800::/53 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:1000::/52 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:2000::/51 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:4000::/50 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1:8000::/49 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:2::/47 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:4::/46 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:8::/45 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:10::/44 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:20::/46 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:24::/48 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:1::/64 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:2::/63 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:4::/62 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:8::/61 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:10::/60 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:20::/59 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:40::/58 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:80::/57 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:100::/56 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:200::/55 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:400::/54 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:800::/53 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:1000::/52 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:2000::/51 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:4000::/50 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:25:8000::/49 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:26::/47 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:28::/45 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:30::/44 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:40::/42 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:80::/41 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:100::/40 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:200::/39 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:400::/38 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:800::/37 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:1000::/36 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:2000::/35 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:4000::/34 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db8:8000::/33 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:db9::/32 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:dba::/31 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:dbc::/30 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:dc0::/26 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:e00::/23 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:1000::/20 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:2000::/19 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:4000::/18 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2001:8000::/17 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2002::/15 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2004::/14 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2008::/13 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2010::/12 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2020::/11 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2040::/10 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2080::/9 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2100::/8 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2200::/7 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2400::/6 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 2800::/5 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 3000::/4 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 4000::/2 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::30/128 to 8000::/1 port 25 comment 'portcullis: mailserver out-smtp: send mail to other servers'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 0.0.0.0/1 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 128.0.0.0/2 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.0.0/23 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.2.128/25 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.3.0/24 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.4.0/22 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.8.0/21 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.16.0/20 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.32.0/19 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.64.0/18 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.0.128.0/17 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.1.0.0/16 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.2.0.0/15 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.4.0.0/14 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.8.0.0/13 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.16.0.0/12 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.32.0.0/11 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.64.0.0/10 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 192.128.0.0/9 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 193.0.0.0/8 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 194.0.0.0/7 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 196.0.0.0/7 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.0.0.0/12 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.16.0.0/15 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.0.0/22 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.4.0/24 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.6.0/23 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.8.0/21 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.16.0/20 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.32.0/19 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.64.0/18 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.18.128.0/17 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.19.0.0/16 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.20.0.0/14 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.24.0.0/13 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.32.0.0/11 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.64.0.0/10 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 198.128.0.0/9 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 199.0.0.0/8 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 200.0.0.0/7 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 202.0.0.0/8 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.0.0/18 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.64.0/19 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.96.0/20 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.112.0/24 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.114.0/23 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.116.0/22 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.120.0/21 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.0.128.0/17 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.1.0.0/16 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.2.0.0/15 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.4.0.0/14 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.8.0.0/13 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.16.0.0/12 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.32.0.0/11 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.64.0.0/10 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 203.128.0.0/9 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 204.0.0.0/6 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 208.0.0.0/4 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.0/25 to 224.0.0.0/3 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to ::/3 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2000::/16 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001::/21 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:800::/22 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:c00::/24 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:d00::/25 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:d80::/27 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:da0::/28 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db0::/29 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8::/48 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:1::/64 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:2::/63 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:4::/62 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:8::/61 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:10::/60 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:20::/59 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:40::/58 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:80::/57 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:100::/56 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:200::/55 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:400::/54 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:800::/53 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:1000::/52 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:2000::/51 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:4000::/50 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1:8000::/49 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:2::/47 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:4::/46 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:8::/45 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:10::/44 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:20::/46 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:24::/48 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:1::/64 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:2::/63 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:4::/62 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:8::/61 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:10::/60 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:20::/59 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:40::/58 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:80::/57 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:100::/56 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:200::/55 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:400::/54 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:800::/53 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:1000::/52 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:2000::/51 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:4000::/50 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:25:8000::/49 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:26::/47 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:28::/45 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:30::/44 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:40::/42 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:80::/41 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:100::/40 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:200::/39 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:400::/38 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:800::/37 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:1000::/36 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:2000::/35 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:4000::/34 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db8:8000::/33 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:db9::/32 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:dba::/31 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:dbc::/30 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:dc0::/26 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:e00::/23 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:1000::/20 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:2000::/19 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:4000::/18 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2001:8000::/17 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2002::/15 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2004::/14 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2008::/13 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2010::/12 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2020::/11 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2040::/10 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2080::/9 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2100::/8 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2200::/7 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2400::/6 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 2800::/5 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 3000::/4 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 4000::/2 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 2001:db8:1::/64 to 8000::/1 port 80,443 comment 'portcullis: site flows[0]: web browsing from the LAN'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 0.0.0.0/1 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 128.0.0.0/2 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.0.0/23 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.2.128/25 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.3.0/24 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.4.0/22 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.8.0/21 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.16.0/20 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.32.0/19 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.64.0/18 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.0.128.0/17 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.1.0.0/16 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.2.0.0/15 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.4.0.0/14 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.8.0.0/13 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.16.0.0/12 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.32.0.0/11 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.64.0.0/10 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 192.128.0.0/9 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 193.0.0.0/8 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 194.0.0.0/7 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 196.0.0.0/7 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.0.0.0/12 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.16.0.0/15 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.0.0/22 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.4.0/24 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.6.0/23 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.8.0/21 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.16.0/20 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.32.0/19 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.64.0/18 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.18.128.0/17 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.19.0.0/16 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.20.0.0/14 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.24.0.0/13 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.32.0.0/11 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.64.0.0/10 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.128.0.0/9 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 199.0.0.0/8 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 200.0.0.0/7 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 202.0.0.0/8 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.0.0/18 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.64.0/19 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.96.0/20 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.112.0/24 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.114.0/23 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.116.0/22 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.120.0/21 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.0.128.0/17 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.1.0.0/16 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.2.0.0/15 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.4.0.0/14 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.8.0.0/13 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.16.0.0/12 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.32.0.0/11 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.64.0.0/10 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 203.128.0.0/9 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 204.0.0.0/6 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 208.0.0.0/4 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 224.0.0.0/3 port 110,143,389,443,587,636,993,995,4040 comment 'portcullis: mailstore-spe ih-pop3,ih-imap,ih-ldap,ih-ews,ih-icewarp,mgmt-submission,ih-submission...'
  # DNS name my.mailstore.com, resolved at compile time
  "$@" route allow in on eth2 out on eth0 proto tcp from 192.0.2.10/32 to 198.51.100.7/32 port 443 comment 'portcullis: mailstore-spe mgmt-license: usage reporting and license updates'
  "$@" route allow in on eth2 out on eth1 proto tcp from 192.0.2.0/25 to 203.0.113.25/32 port 25,80,443 comment 'portcullis: spammertrap lan-in-smtp,lan-in-http,lan-in-https: direct SMTP from internal clients;...'
  "$@" route allow in on eth2 out on eth1 proto tcp from 2001:db8:1::/64 to 2001:db8:25::25/128 port 25,80,443 comment 'portcullis: spammertrap lan-in-smtp,lan-in-http,lan-in-https: direct SMTP from internal clients;...'
}
pc_rules ufw --dry-run >/dev/null
pc_fail() { echo "portcullis: loading edge.ufw.sh failed; ufw is left enabled with the rules it holds. Fix the cause and run the script again; from the console, ufw disable turns filtering off." >&2; ufw --force enable >/dev/null 2>&1 || true; }
trap 'pc_fail' EXIT
if ufw status | grep -q '^Status: inactive'; then ufw default allow incoming; ufw default allow outgoing; fi
ufw default deny routed
# Remove the rules an earlier run added (ufw show added lists them as commands, active or not).
ufw show added | sed -n "s/^ufw \(.*comment 'portcullis: .*\)$/\1/p" | while read -r rule; do eval "ufw --force delete $rule" >/dev/null; done
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
pc_rules ufw >/dev/null
ufw --force enable
trap - EXIT
