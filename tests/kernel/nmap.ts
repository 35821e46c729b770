/** Reading nmap's XML output (`-oX -`), for the probe's comparisons with nmap. */

/**
 * Port -> state from nmap's XML: ports listed one by one, and the `extraports` groups, whose
 * `extrareasons` name their ports (`20002,20008,20010-20012`).
 */
export function nmapStates(xml: string, proto: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of xml.matchAll(/<port protocol="(\w+)" portid="(\d+)"><state state="([^"]+)"/g))
    if (m[1] === proto) out.set(Number(m[2]), m[3]!);
  for (const group of xml.matchAll(/<extraports state="([^"]+)"[^>]*>([\s\S]*?)<\/extraports>/g)) {
    for (const r of group[2]!.matchAll(/<extrareasons [^>]*proto="(\w+)" ports="([^"]*)"/g)) {
      if (r[1] !== proto) continue;
      for (const part of r[2]!.split(',')) {
        const [a, b] = part.split('-').map(Number);
        for (let p = a!; p <= (b ?? a!); p++) out.set(p, group[1]!);
      }
    }
  }
  return out;
}
