// Sockets: connect refused or timing out (blocking, or non-blocking then SO_ERROR), bind EADDRINUSE.
import { fdOf, socketAddress, type SocketAddress } from './sockaddr.js';
import { said } from './said.js';
import type { SyscallFinding, SyscallRecord, TraceEvent } from './types.js';

// glibc asks nscd first on every lookup; its socket is absent in nearly every container.
const NSCD = /^\/(var\/)?run\/nscd\//;

export function socketFindings(events: readonly TraceEvent[]): SyscallFinding[] {
  const out: SyscallFinding[] = [];
  const pendingConnect = new Map<string, { call: SyscallRecord; addr: SocketAddress }>();
  for (const e of events) {
    if (e.kind !== 'call') continue;
    const key = `${e.pid}:${fdOf(e.args)}`;
    if (e.name === 'connect') {
      const addr = socketAddress(e.args);
      if (!addr || (addr.family === 'unix' && NSCD.test(addr.display))) continue;
      if (e.errno === 'EINPROGRESS') pendingConnect.set(key, { call: e, addr });
      else if (e.errno) pushConnect(out, e, e.errno, addr, e.text);
    } else if (e.name === 'getsockopt' && /SO_ERROR/.test(e.args)) {
      const pending = pendingConnect.get(key);
      const err = /SO_ERROR, \[(E[A-Z]+)\]/.exec(e.args)?.[1];
      if (pending && err) pushConnect(out, e, err, pending.addr, `${pending.call.text}\n${e.text}`);
      pendingConnect.delete(key);
    } else if (e.name === 'bind' && e.errno === 'EADDRINUSE') {
      const addr = socketAddress(e.args);
      const where = addr?.display ?? 'its address';
      out.push({ kind: 'port-in-use', cause: 'port-in-use', quote: e.text, line: e.line, pid: e.pid,
        facts: { syscall: 'bind', errno: 'EADDRINUSE', address: where, ...(addr?.port !== undefined ? { port: addr.port } : {}) },
        ...(addr ? said('syscalls.bind.inUse', { address: addr.display }) : said('syscalls.bind.inUseUnnamed', {})) });
    }
  }
  return out;
}

function pushConnect(out: SyscallFinding[], call: SyscallRecord, errno: string, addr: SocketAddress, quote: string): void {
  const facts = { syscall: 'connect', errno, address: addr.display, ...(addr.port !== undefined ? { port: addr.port } : {}) };
  const base = { quote, line: call.line, pid: call.pid, facts, cause: 'missing-dependency' as const };
  if (errno === 'ECONNREFUSED' || (addr.family === 'unix' && errno === 'ENOENT')) {
    out.push({ ...base, kind: 'connect-refused', ...said('syscalls.connect.refused', { address: addr.display, errno }) });
  } else if (errno === 'ETIMEDOUT' || errno === 'EHOSTUNREACH' || errno === 'ENETUNREACH') {
    out.push({ ...base, kind: 'connect-timeout', ...said('syscalls.connect.noAnswer', { address: addr.display, errno }) });
  }
}
