import type { TLSSocket } from 'node:tls';

/** A finished handshake for a report: protocol, and the certificate's name and expiry. */
export function tlsDetail(secure: TLSSocket): string {
  const cert = secure.getPeerCertificate();
  const protocol = `TLS ${secure.getProtocol() ?? ''}`;
  return cert && cert.valid_to
    ? `${protocol}, certificate ${String(cert.subject?.CN ?? '')}, expires ${cert.valid_to}`
    : protocol;
}
