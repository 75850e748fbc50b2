// The address strace prints for connect/bind/sendto: {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("10.0.0.1")}.

export interface SocketAddress {
  readonly family: 'inet' | 'inet6' | 'unix';
  /** "10.0.0.1:5432", "[::1]:80", or the unix socket path. */
  readonly display: string;
  readonly host?: string;
  readonly port?: number;
}

export function socketAddress(args: string): SocketAddress | undefined {
  const fam = /sa_family=(AF_INET6|AF_INET|AF_UNIX|AF_LOCAL)/.exec(args)?.[1];
  if (!fam) return undefined;
  if (fam === 'AF_UNIX' || fam === 'AF_LOCAL') {
    const path = /sun_path=@?"((?:[^"\\]|\\.)*)"/.exec(args)?.[1] ?? '';
    return { family: 'unix', display: path };
  }
  const port = Number(/sin6?_port=htons\((\d+)\)/.exec(args)?.[1] ?? NaN);
  if (fam === 'AF_INET') {
    const host = /sin_addr=inet_addr\("([^"]+)"\)/.exec(args)?.[1] ?? '?';
    return { family: 'inet', display: `${host}:${port}`, host, port };
  }
  const host = /inet_pton\(AF_INET6, "([^"]+)"/.exec(args)?.[1] ?? '?';
  return { family: 'inet6', display: `[${host}]:${port}`, host, port };
}

/** The file descriptor a socket call works on (its first argument). */
export function fdOf(args: string): number | undefined {
  const m = /^\s*(\d+)/.exec(args);
  return m ? Number(m[1]) : undefined;
}
