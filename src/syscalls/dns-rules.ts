// DNS lookups seen on the wire: queries sent to port 53 and what came back. A lookup that never got an
// answer with records (NXDOMAIN/SERVFAIL for every name tried, or no server answering) is one finding.
import { dnsMessage, RCODE_NAMES, type DnsMessage } from './dns-message.js';
import { fdOf, socketAddress } from './sockaddr.js';
import { decodeCString, stringLiterals } from './strace-string.js';
import { english, said } from './said.js';
import type { SyscallFinding, SyscallRecord, TraceEvent } from './types.js';
import { say, type Message } from '../contracts/diagnosis.js';

const SENDS = new Set(['sendto', 'sendmmsg', 'sendmsg', 'send', 'write', 'writev']);
const RECEIVES = new Set(['recvfrom', 'recvmsg', 'recvmmsg', 'recv', 'read', 'readv']);

export function dnsFindings(events: readonly TraceEvent[]): SyscallFinding[] {
  const dnsSockets = new Map<string, string>();
  const asked: string[] = [];
  let server = '';
  let resolved = false;
  let lastFailure: { call: SyscallRecord; why: Message } | undefined;
  for (const e of events) {
    if (e.kind !== 'call') continue;
    const fd = /poll$/.test(e.name) ? Number(/fd=(\d+)/.exec(e.args)?.[1]) : fdOf(e.args);
    const key = `${e.pid}:${fd}`;
    const addr = socketAddress(e.args);
    if (e.name === 'connect' && addr?.port === 53) { dnsSockets.set(key, addr.display); continue; }
    const to = dnsSockets.get(key) ?? (addr?.port === 53 ? addr.display : undefined);
    if (to === undefined) continue;
    server = to;
    const messages = messagesIn(e);
    if (SENDS.has(e.name)) {
      for (const m of messages) if (!m.response && !asked.includes(m.name)) asked.push(m.name);
    } else if (RECEIVES.has(e.name)) {
      for (const m of messages.filter((x) => x.response)) {
        if (m.rcode === 0 && m.answers > 0) resolved = true;
        else if (m.rcode !== 0) {
          const named = RCODE_NAMES[m.rcode];
          lastFailure = { call: e, why: named ? say('syscalls.dns.rcode', { rcode: named, name: m.name }) : say('syscalls.dns.rcodeNumber', { rcode: String(m.rcode), name: m.name }) };
        }
      }
      if (e.errno) lastFailure = { call: e, why: say('syscalls.dns.errno', { errno: e.errno, server: to }) };
    } else if (e.name === 'poll' || e.name === 'ppoll') {
      const outcome = e.text.slice(e.text.lastIndexOf(') = '));
      if (/revents=[A-Z|]*POLLERR/.test(outcome)) lastFailure = { call: e, why: say('syscalls.dns.bounced', { server: to }) };
      else if (e.result === '0') lastFailure = { call: e, why: say('syscalls.dns.timeout', { server: to }) };
    }
  }
  if (resolved || asked.length === 0 || !lastFailure) return [];
  const name = [...asked].sort((a, b) => a.length - b.length)[0]!;
  const { call, why } = lastFailure;
  return [{
    kind: 'dns-failure', cause: 'missing-dependency', quote: call.text, line: call.line, pid: call.pid,
    facts: { name, tried: asked.join(' '), server, reason: english(why) },
    // Only what the quoted line shows; the other names tried are in the facts (`tried`), not in the sentence.
    ...said('syscalls.dns.failed', { name, why }),
  }];
}

function messagesIn(call: SyscallRecord): DnsMessage[] {
  // Only buffers the call actually carried: for a receive the kernel filled them, so a failed receive has none.
  if (RECEIVES.has(call.name) && call.errno) return [];
  return stringLiterals(call.args).map((s) => dnsMessage(decodeCString(s))).filter((m): m is DnsMessage => m !== undefined);
}
