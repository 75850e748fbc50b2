// Just enough of a DNS message (RFC 1035 §4.1) to name a query and read an answer's rcode and answer count.

export interface DnsMessage {
  readonly id: number;
  readonly response: boolean;
  /** 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED. */
  readonly rcode: number;
  readonly answers: number;
  readonly name: string;
  /** 1 A, 28 AAAA, … */
  readonly qtype: number;
}

export const RCODE_NAMES: Readonly<Record<number, string>> = { 0: 'NOERROR', 1: 'FORMERR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 4: 'NOTIMP', 5: 'REFUSED' };

export function dnsMessage(bytes: Uint8Array): DnsMessage | undefined {
  if (bytes.length < 17) return undefined;
  const qdcount = (bytes[4]! << 8) | bytes[5]!;
  if (qdcount !== 1) return undefined;
  const labels: string[] = [];
  let i = 12;
  while (i < bytes.length && bytes[i] !== 0) {
    const len = bytes[i]!;
    if (len > 63 || i + 1 + len > bytes.length) return undefined;
    labels.push(new TextDecoder().decode(bytes.subarray(i + 1, i + 1 + len)));
    i += 1 + len;
  }
  if (i + 2 >= bytes.length) return undefined;
  return {
    id: (bytes[0]! << 8) | bytes[1]!,
    response: (bytes[2]! & 0x80) !== 0,
    rcode: bytes[3]! & 0x0f,
    answers: (bytes[6]! << 8) | bytes[7]!,
    name: labels.join('.'),
    qtype: (bytes[i + 1]! << 8) | bytes[i + 2]!,
  };
}
