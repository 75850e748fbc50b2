// Kubernetes resource quantities ("512Mi", "1G", "0.5Gi", "500M", "1e9", "250m") and JVM sizes ("-Xmx512m",
// "2g"), parsed exactly into bytes (or cores), so that limits and heaps compare without rounding surprises.
const SUFFIX: Readonly<Record<string, number>> = {
  '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** A Kubernetes quantity in base units (bytes for memory, cores for CPU); undefined when it does not parse. */
export function parseQuantity(q: string | number | undefined): number | undefined {
  if (q === undefined) return undefined;
  if (typeof q === 'number') return q;
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)\s*$/.exec(q);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2] !== undefined) return n * 10 ** Number(m[2]);
  return n * SUFFIX[m[3] ?? '']!;
}

/** A JVM size ("512m", "2g", "1024k", "1073741824"): binary multiples, as the JVM reads them. */
export function parseJvmSize(s: string): number | undefined {
  const m = /^(\d+)([kKmMgGtT]?)$/.exec(s.trim());
  if (!m) return undefined;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Number(m[1]) * mult;
}

/** Bytes as the JVM's -Xmx/-Xms take them: whole "g", "m" or "k" (the JVM rejects Kubernetes suffixes like "Mi"). */
export function formatJvmSize(bytes: number): string {
  for (const [unit, size] of [['g', 1024 ** 3], ['m', 1024 ** 2], ['k', 1024]] as const) if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  return bytes >= 1024 ** 2 ? `${Math.floor(bytes / 1024 ** 2)}m` : `${Math.max(1, Math.floor(bytes / 1024))}k`;
}

/** Bytes as people write limits: "512Mi", "1.5Gi". */
export function formatBytes(bytes: number): string {
  const units = ['', 'Ki', 'Mi', 'Gi', 'Ti'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${Number.isInteger(v) ? v : Number(v.toFixed(1))}${units[i]}`;
}
