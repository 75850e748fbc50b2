// ustar archives (POSIX.1-1988) as kubectl cp reads and writes them: 512-byte headers with octal fields and a
// checksum, contents padded to 512 bytes, two empty blocks at the end. Pure: bytes in, entries out, and back.

const BLOCK = 512;

export type TarEntry = { readonly name: string; readonly kind: 'file'; readonly content: Buffer } | { readonly name: string; readonly kind: 'dir' };

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, kind: 'file' | 'dir', size: number, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  // A name over 100 bytes keeps its tail in the name field and its head in the 155-byte prefix, split at a slash.
  let base = name;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.indexOf('/', name.length - 101);
    if (cut > 0) {
      prefix = name.slice(0, cut);
      base = name.slice(cut + 1);
    }
  }
  h.write(base, 0, 100, 'utf8');
  if (prefix) h.write(prefix, 345, 155, 'utf8');
  h.write(octal(kind === 'dir' ? 0o755 : 0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(mtime, 12), 136, 'latin1');
  h.write(kind === 'dir' ? '5' : '0', 156, 'latin1');
  h.write('ustar\u000000', 257, 'latin1');
  h.write('root', 265, 'latin1');
  h.write('root', 297, 'latin1');
  h.write('        ', 148, 'latin1');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

export function packTar(entries: readonly TarEntry[], mtime: number): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    if (entry.kind === 'dir') {
      parts.push(header(entry.name.endsWith('/') ? entry.name : `${entry.name}/`, 'dir', 0, mtime));
      continue;
    }
    parts.push(header(entry.name, 'file', entry.content.length, mtime), entry.content);
    const pad = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

export class TarFormatError extends Error {
  override readonly name = 'TarFormatError';
}

const field = (h: Buffer, start: number, length: number): string => {
  const raw = h.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
};

/** Regular files and directories; links, devices and PAX/GNU extension records are skipped. */
export function unpackTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  for (let at = 0; at + BLOCK <= archive.length; ) {
    const h = archive.subarray(at, at + BLOCK);
    if (h.every((b) => b === 0)) break;
    const size = parseInt(field(h, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new TarFormatError('invalid tar header');
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] as number);
    if (sum !== parseInt(field(h, 148, 8).trim(), 8)) throw new TarFormatError('invalid tar header checksum');
    const prefix = field(h, 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(h, 0, 100);
    const type = String.fromCharCode(h[156] as number);
    const content = archive.subarray(at + BLOCK, at + BLOCK + size);
    if (content.length < size) throw new TarFormatError('unexpected end of archive');
    if (type === '0' || type === '\0') entries.push({ name, kind: 'file', content: Buffer.from(content) });
    else if (type === '5') entries.push({ name, kind: 'dir' });
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
