# portcullis: host cas1 of site acme-mail (192.0.2.11)
# Windows Defender Firewall, stateful; default block in and out on every profile.
# Run as Administrator: powershell -ExecutionPolicy Bypass -File cas1.ps1
# Idempotent: removes the rules of its own group first. Rules of other groups stay, and still allow what they allow.
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'portcullis acme-mail/cas1'
Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block
New-NetFirewallRule -Group $group -Name 'portcullis acme-mail/cas1 in 1' -DisplayName 'in tcp site flows[0]: SSH administration' -Description 'site flows[0]: SSH administration' -Direction Inbound -Protocol TCP -LocalPort '22' -RemoteAddress '192.0.2.128/28' -Action Allow -Profile Any | Out-Null
New-NetFirewallRule -Group $group -Name 'portcullis acme-mail/cas1 in 2' -DisplayName 'in tcp mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS...' -Description 'mailstore-spe cas-imap,cas-https,cas-imaps: IMAP access to archives (STARTTLS); archive client, Outlook add-in and Web Access; IMAP access to archives over TLS' -Direction Inbound -Protocol TCP -LocalPort '143','443','993' -RemoteAddress '0.0.0.0-255.255.255.255' -Action Allow -Profile Any | Out-Null
New-NetFirewallRule -Group $group -Name 'portcullis acme-mail/cas1 in 3' -DisplayName 'in tcp mailstore-spe to-cas: internal communication with Client Access Servers' -Description 'mailstore-spe to-cas: internal communication with Client Access Servers' -Direction Inbound -Protocol TCP -LocalPort '8473' -RemoteAddress '192.0.2.10/32' -Action Allow -Profile Any | Out-Null
New-NetFirewallRule -Group $group -Name 'portcullis acme-mail/cas1 out 4' -DisplayName 'out tcp mailstore-spe crl-http: certificate revocation checks over HTTP' -Description 'mailstore-spe crl-http: certificate revocation checks over HTTP' -Direction Outbound -Protocol TCP -RemotePort '80' -RemoteAddress '0.0.0.0-255.255.255.255' -Action Allow -Profile Any | Out-Null
New-NetFirewallRule -Group $group -Name 'portcullis acme-mail/cas1 out 5' -DisplayName 'out tcp mailstore-spe to-mgmt,pairing: internal communication with the Management Ser...' -Description 'mailstore-spe to-mgmt,pairing: internal communication with the Management Server; initial pairing with the Management Server' -Direction Outbound -Protocol TCP -RemotePort '8471','8474' -RemoteAddress '192.0.2.10/32' -Action Allow -Profile Any | Out-Null
New-NetFirewallRule -Group $group -Name 'portcullis acme-mail/cas1 out 6' -DisplayName 'out tcp mailstore-spe to-ih: internal communication with Instance Hosts' -Description 'mailstore-spe to-ih: internal communication with Instance Hosts' -Direction Outbound -Protocol TCP -RemotePort '8472' -RemoteAddress '192.0.2.12/32' -Action Allow -Profile Any | Out-Null
Write-Output 'portcullis: 6 rules in group portcullis acme-mail/cas1'
