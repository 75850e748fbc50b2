// Registry authentication: the WWW-Authenticate challenge (RFC 7235 auth-params), and credentials from a
// pod's imagePullSecrets (`.dockerconfigjson`), matched by registry host as the kubelet does.
export interface Challenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export function parseChallenge(header: string | null | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
  for (const p of (m[2] ?? '').matchAll(re)) {
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  }
  return { scheme: m[1]!.toLowerCase(), params };
}

/**
 * Credentials for a registry from a `.dockerconfigjson` document. Keys may be bare hosts, URLs, or Docker
 * Hub's legacy "https://index.docker.io/v1/"; `auth` (base64 user:pass) or username/password.
 */
export function credentialsFor(dockerConfigJson: string, registry: string): Credentials | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(dockerConfigJson);
  } catch {
    return undefined;
  }
  const auths = (doc as { auths?: Record<string, { auth?: string; username?: string; password?: string }> })?.auths;
  if (!auths || typeof auths !== 'object') return undefined;
  const wanted = registry === 'docker.io' ? ['docker.io', 'index.docker.io', 'registry-1.docker.io'] : [registry];
  for (const [key, entry] of Object.entries(auths)) {
    const host = key.replace(/^https?:\/\//, '').split('/')[0] ?? '';
    if (!wanted.includes(host) || !entry) continue;
    if (entry.username && entry.password) return { username: entry.username, password: entry.password };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
  }
  return undefined;
}

export const basicAuth = (c: Credentials): string => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
