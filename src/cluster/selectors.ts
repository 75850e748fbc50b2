// Label and field selectors evaluated locally, with the API server's grammar, for the offline reader.
type Requirement = (get: (key: string) => string | undefined) => boolean;

export function parseLabelSelector(selector: string | undefined): Requirement[] {
  if (!selector?.trim()) return [];
  return splitTopLevel(selector).map((raw) => {
    const part = raw.trim();
    let m = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
    if (m) {
      const [, key, op, list] = m as unknown as [string, string, string, string];
      const values = new Set(list.split(',').map((v) => v.trim()));
      return (get) => {
        const v = get(key);
        return op === 'in' ? v !== undefined && values.has(v) : v === undefined || !values.has(v);
      };
    }
    m = /^([^\s!=]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (m) {
      const [, key, op, value] = m as unknown as [string, string, string, string];
      return op === '!=' ? (get) => get(key) !== value.trim() : (get) => get(key) === value.trim();
    }
    if (part.startsWith('!')) return (get) => get(part.slice(1).trim()) === undefined;
    return (get) => get(part) !== undefined;
  });
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

export function matchesLabels(labels: Readonly<Record<string, string>> | undefined, reqs: readonly Requirement[]): boolean {
  return reqs.every((r) => r((k) => labels?.[k]));
}

/** Field selectors: `a.b=v`, `a.b==v`, `a.b!=v`, comma-separated, on dotted paths of the object. */
export function matchesFields(obj: unknown, selector: string | undefined): boolean {
  if (!selector?.trim()) return true;
  return selector.split(',').every((raw) => {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(raw.trim());
    if (!m) return false;
    const [, path, op, value] = m as unknown as [string, string, string, string];
    const actual = fieldValue(obj, path.trim());
    return op === '!=' ? actual !== value : actual === value;
  });
}

function fieldValue(obj: unknown, path: string): string {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[key];
  }
  if (cur === undefined || cur === null) return path === 'metadata.namespace' ? 'default' : '';
  return String(cur);
}
