// `labelSelector=` as the apiserver parses it: =, ==, !=, in (…), notin (…), key, !key, comma-separated.
import { badRequest } from './api-status.js';

type Requirement =
  | { readonly op: 'eq' | 'ne'; readonly key: string; readonly value: string }
  | { readonly op: 'in' | 'notin'; readonly key: string; readonly values: ReadonlySet<string> }
  | { readonly op: 'exists' | 'absent'; readonly key: string };

export type LabelMatcher = (labels: Readonly<Record<string, string>> | undefined) => boolean;

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const KEY = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;

function parseRequirement(part: string, whole: string): Requirement {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
  if (set) {
    const values = new Set(set[3]!.split(',').map((v) => v.trim()).filter(Boolean));
    return { op: set[2] as 'in' | 'notin', key: set[1]!, values };
  }
  const cmp = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part);
  if (cmp) return { op: cmp[2] === '!=' ? 'ne' : 'eq', key: cmp[1]!, value: cmp[3]! };
  if (part.startsWith('!') && KEY.test(part.slice(1).trim())) return { op: 'absent', key: part.slice(1).trim() };
  if (KEY.test(part)) return { op: 'exists', key: part };
  throw badRequest(`unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt (selector "${whole}")`);
}

export function parseLabelSelector(text: string | null): LabelMatcher | undefined {
  if (!text || !text.trim()) return undefined;
  const reqs = splitTopLevel(text).map((p) => parseRequirement(p, text));
  return (labels) => {
    const l = labels ?? {};
    for (const r of reqs) {
      const has = Object.hasOwn(l, r.key);
      const v = l[r.key];
      switch (r.op) {
        case 'eq': if (v !== r.value) return false; break;
        case 'ne': if (v === r.value) return false; break;
        case 'in': if (!has || !r.values.has(v!)) return false; break;
        case 'notin': if (has && r.values.has(v!)) return false; break;
        case 'exists': if (!has) return false; break;
        case 'absent': if (has) return false; break;
      }
    }
    return true;
  };
}
