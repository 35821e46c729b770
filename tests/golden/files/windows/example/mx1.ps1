# portcullis: host mx1 of site acme-mail (203.0.113.30, 2001:db8:25::30)
# Windows Defender Firewall, stateful; default block in and out on every profile.
# Run as Administrator: powershell -ExecutionPolicy Bypass -File mx1.ps1
# Idempotent: removes the rules it made before (named portcullis/SITE/HOST/N) first. Other rules stay, and still allow what they allow.
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$prefix = 'portcullis/acme-mail/mx1/'
Get-NetFirewallRule -All | Where-Object { $_.Name.StartsWith($prefix, [System.StringComparison]::Ordinal) } | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block
New-NetFirewallRule -Group 'portcullis acme-mail/mailserver' -Name 'portcullis/acme-mail/mx1/1' -DisplayName 'in tcp mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; ro...' -Description 'mailserver in-smtp,in-smtps,in-imaps,in-https: other servers deliver mail; roaming users submit mail securely; IMAP over TLS; webmail over HTTPS' -Direction Inbound -Protocol TCP -LocalPort '25','443','465','993' -Action Allow -Profile Any | Out-Null
New-NetFirewallRule -Group 'portcullis acme-mail/mailserver' -Name 'portcullis/acme-mail/mx1/2' -DisplayName 'out tcp mailserver out-smtp: send mail to other servers' -Description 'mailserver out-smtp: send mail to other servers' -Direction Outbound -Protocol TCP -RemotePort '25' -Action Allow -Profile Any | Out-Null
Write-Output 'portcullis: 2 rules for host mx1 of site acme-mail'
