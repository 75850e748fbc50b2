// A whole trace → events in order, with "<unfinished ...>"/"<... resumed>" pairs joined per pid
// (with -f, another process's line can come between the two halves).
import { callRecord, parseTraceLine } from './trace-line.js';
import type { TraceEvent } from './types.js';

export function parseTrace(text: string): TraceEvent[] {
  const pending = new Map<number, { name: string; head: string; text: string }>();
  const out: TraceEvent[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    const p = parseTraceLine(raw, i + 1);
    if (!p) continue;
    if (p.kind === 'unfinished') {
      pending.set(p.pid, { name: p.name, head: p.head, text: raw.replace(/\s*<unfinished \.\.\.>$/, '') });
    } else if (p.kind === 'resumed') {
      const open = pending.get(p.pid);
      pending.delete(p.pid);
      const head = open?.name === p.name ? open.head : '';
      const joined = `${open?.name === p.name ? open.text : `${p.pid} ${p.name}(`}${p.tail}`;
      const rec = callRecord(p.pid, i + 1, p.name, `${head}${p.tail}`, joined);
      if (rec) out.push(rec);
    } else {
      out.push(p);
    }
  }
  return out;
}
