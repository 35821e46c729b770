import { LISTENER_KEYWORDS } from './listen-token.js';

/** What the responder does with one command line. */
export interface Step {
  reply: string;
  /** Close the connection after the reply. */
  close?: boolean;
  /** After the reply, the client starts TLS: answer its hello with an alert (no certificate here). */
  starttls?: boolean;
}

const MAX_LINE = 1000; // RFC 5321 4.5.3.1.6, with CRLF

/**
 * The listener's SMTP side: a known banner and EHLO answer, and nothing a relay would do.
 * MAIL is refused, so no message can ever be accepted; RCPT and DATA are out of sequence.
 * Lines are answered one by one (the client may pipeline them in one write).
 */
export function smtpResponder(host: string) {
  return {
    step(line: string): Step {
      if (line.length > MAX_LINE) return { reply: '500 5.5.2 line too long\r\n', close: true };
      const verb = (line.trim().split(/\s+/, 1)[0] ?? '').toUpperCase();
      switch (verb) {
        case 'EHLO':
          return {
            reply:
              [
                `250-${host} portcullis listener`,
                ...LISTENER_KEYWORDS.map(
                  (k, i) => `250${i === LISTENER_KEYWORDS.length - 1 ? ' ' : '-'}${k === 'SIZE' ? 'SIZE 10240000' : k}`,
                ),
              ].join('\r\n') + '\r\n',
          };
        case 'HELO':
          return { reply: `250 ${host} portcullis listener\r\n` };
        case 'STARTTLS':
          return { reply: '220 2.0.0 ready to start TLS\r\n', starttls: true };
        case 'MAIL':
          return { reply: '550 5.7.1 portcullis listener: a firewall test, this never accepts mail\r\n' };
        case 'RCPT':
        case 'DATA':
        case 'BDAT':
          return { reply: '503 5.5.1 bad sequence of commands\r\n' };
        case 'NOOP':
        case 'RSET':
          return { reply: '250 2.0.0 OK\r\n' };
        case 'QUIT':
          return { reply: '221 2.0.0 bye\r\n', close: true };
        default:
          return { reply: '502 5.5.2 command not implemented\r\n' };
      }
    },
  };
}

/** A TLS alert record: fatal, handshake_failure (the listener has no certificate to offer). */
export const TLS_HANDSHAKE_FAILURE = Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]);
