// strace prints buffers as C string literals ("\7backend\0\1", "\x41", "\""): decode them back to bytes,
// and find the first path-like string argument of a call.

export function decodeCString(literal: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < literal.length; i++) {
    const ch = literal[i]!;
    if (ch !== '\\') { out.push(ch.charCodeAt(0) & 0xff); continue; }
    const next = literal[i + 1] ?? '';
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, a: 7, b: 8, '"': 34, '\\': 92, "'": 39 };
    if (next in simple) { out.push(simple[next]!); i++; continue; }
    if (next === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(literal.slice(i + 2))![0];
      out.push(parseInt(hex, 16)); i += 1 + hex.length; continue;
    }
    const oct = /^[0-7]{1,3}/.exec(literal.slice(i + 1));
    if (oct) { out.push(parseInt(oct[0], 8) & 0xff); i += oct[0].length; continue; }
    out.push(92);
  }
  return Uint8Array.from(out);
}

/** Every string literal in an argument list, in order (escapes kept, quotes removed). */
export function stringLiterals(args: string): string[] {
  return [...args.matchAll(/"((?:[^"\\]|\\.)*)"(\.\.\.)?/g)].map((m) => m[1]!);
}

/** The first string argument, decoded as text: for file calls this is the path. */
export function firstPath(args: string): string | undefined {
  const lit = stringLiterals(args)[0];
  return lit === undefined ? undefined : new TextDecoder().decode(decodeCString(lit));
}
