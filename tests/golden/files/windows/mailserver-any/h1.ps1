# portcullis: host h1 of site t (203.0.113.10, 2001:db8:10::10)
# Windows Defender Firewall, stateful; default block in and out on every profile.
# Run as Administrator: powershell -ExecutionPolicy Bypass -File h1.ps1
# Idempotent: removes the rules it made before (named portcullis/SITE/HOST/N) first. Other rules stay, and still allow what they allow.
#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$prefix = 'portcullis/t/h1/'
Get-NetFirewallRule -All | Where-Object { $_.Name.StartsWith($prefix, [System.StringComparison]::Ordinal) } | Remove-NetFirewallRule
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block
$pcRules = 0
New-NetFirewallRule -Group 'portcullis t/mailserver' -Name 'portcullis/t/h1/1' -DisplayName 'in tcp mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-http...' -Description 'mailserver in-smtp,in-smtps,in-pop3,in-pop3s,in-imap,in-imaps,in-http,in-https: other servers deliver mail; roaming users submit mail securely; POP3 mailbox access; POP3 over TLS; IMAP mailbox access; IMAP over TLS; webmail over HTTP; webmail over HTTPS' -Direction Inbound -Protocol TCP -LocalPort '25','80','110','143','443','465','993','995' -Action Allow -Profile Any | Out-Null; $pcRules++
New-NetFirewallRule -Group 'portcullis t/mailserver' -Name 'portcullis/t/h1/2' -DisplayName 'out tcp mailserver out-smtp: send mail to other servers' -Description 'mailserver out-smtp: send mail to other servers' -Direction Outbound -Protocol TCP -RemotePort '25' -Action Allow -Profile Any | Out-Null; $pcRules++
Write-Output ("portcullis: {0} rules for host {1} of site {2}" -f $pcRules, 'h1', 't')
