// Who the container runs as, from the context's user string ("1000", "1000:3000", "app", absent = root), in the
// shapes `id`, `whoami`, `ps` and the prompt need.

export interface ContainerUser {
  readonly uid: number;
  readonly gid: number;
  /** Absent for a numeric uid with no /etc/passwd entry, as with runAsUser on most images. */
  readonly name?: string;
  readonly home: string;
}

const KNOWN: Readonly<Record<string, number>> = { root: 0, nobody: 65534 };

export function parseContainerUser(user: string | undefined): ContainerUser {
  const [who = '', group] = (user ?? '').trim().split(':');
  const gidOf = (fallback: number): number => (group && /^\d+$/.test(group) ? Number(group) : fallback);
  if (who === '' || who === '0' || who === 'root') return { uid: 0, gid: gidOf(0), name: 'root', home: '/root' };
  if (/^\d+$/.test(who)) {
    const uid = Number(who);
    return uid === 65534 ? { uid, gid: gidOf(uid), name: 'nobody', home: '/home' } : { uid, gid: gidOf(uid), home: '/' };
  }
  const uid = KNOWN[who] ?? 1000;
  return { uid, gid: gidOf(uid), name: who, home: who === 'nobody' ? '/home' : `/home/${who}` };
}

export const userLabel = (id: number, name: string | undefined): string => (name ? `${id}(${name})` : String(id));
