// The container's filesystem as the fake shell sees it: the context's files (mounted ConfigMaps and the like),
// a few files every Linux image has, and whatever the session writes. Lives in memory; the host is never read.
import { posix } from 'node:path';
import type { ContainerContext } from './types.js';
import type { ContainerUser } from './container-user.js';

const BASE_DIRS = ['/bin', '/dev', '/etc', '/home', '/proc', '/root', '/sys', '/tmp', '/usr/bin', '/usr/local/bin', '/usr/sbin', '/var/log', '/var/run'];

export type FsEntry = { readonly kind: 'file'; readonly content: string } | { readonly kind: 'dir' };

export class FakeFs {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Set<string>(['/']);
  private readonly layer: Map<string, string | null> | undefined;

  constructor(ctx: ContainerContext, user: ContainerUser, binaries: readonly string[]) {
    for (const dir of BASE_DIRS) this.mkdirs(dir);
    if (ctx.workingDir) this.mkdirs(posix.resolve('/', ctx.workingDir));
    const defaults: Record<string, string> = {
      '/etc/hostname': `${ctx.podName}\n`,
      '/etc/hosts': `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n10.244.0.12\t${ctx.podName}\n`,
      '/etc/resolv.conf': `search ${ctx.namespace}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n`,
      '/etc/passwd': passwd(user),
      '/var/run/secrets/kubernetes.io/serviceaccount/namespace': ctx.namespace,
      '/dev/null': '',
      // NUL-separated, as the kernel shows it.
      '/proc/1/cmdline': `${(ctx.mainProcess ?? ['sh']).join('\0')}\0`,
    };
    for (const name of binaries) defaults[name.startsWith('/') ? name : `/bin/${name}`] ??= '';
    for (const [path, content] of Object.entries({ ...defaults, ...ctx.files })) this.write(path, content);
    for (const [path, content] of ctx.writableLayer ?? []) {
      if (content === null) this.files.delete(path);
      else this.write(path, content);
    }
    this.layer = ctx.writableLayer;
  }

  stat(path: string): FsEntry | undefined {
    const p = posix.normalize(path);
    if (this.dirs.has(p)) return { kind: 'dir' };
    const content = this.files.get(p);
    return content === undefined ? undefined : { kind: 'file', content };
  }

  /** Names directly inside a directory, sorted as ls prints them. */
  list(dir: string): string[] {
    const d = posix.normalize(dir);
    const prefix = d === '/' ? '/' : `${d}/`;
    const names = new Set<string>();
    for (const p of [...this.dirs, ...this.files.keys()]) {
      if (p !== d && p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0] as string);
    }
    return [...names].sort();
  }

  write(path: string, content: string, append = false): void {
    const p = posix.normalize(path);
    if (p === '/dev/null' && this.files.has(p)) return;
    this.mkdirs(posix.dirname(p));
    this.files.set(p, append ? (this.files.get(p) ?? '') + content : content);
    this.layer?.set(p, this.files.get(p) as string);
  }

  /** Removes a file; false when there was none. */
  remove(path: string): boolean {
    const p = posix.normalize(path);
    if (this.files.has(p)) this.layer?.set(p, null);
    return this.files.delete(p);
  }

  mkdirs(dir: string): void {
    for (let d = posix.normalize(dir); !this.dirs.has(d); d = posix.dirname(d)) this.dirs.add(d);
  }
}

function passwd(user: ContainerUser): string {
  const lines = ['root:x:0:0:root:/root:/bin/sh', 'nobody:x:65534:65534:nobody:/home:/bin/false'];
  if (user.name && user.uid !== 0 && user.uid !== 65534) lines.push(`${user.name}:x:${user.uid}:${user.gid}:${user.name}:${user.home}:/bin/sh`);
  return `${lines.join('\n')}\n`;
}
