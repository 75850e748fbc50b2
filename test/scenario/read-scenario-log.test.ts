import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readScenarioLog } from '../../src/scenario/index.js';
import type { ScenarioLog } from '../../src/scenario/index.js';
import { tempTree, type TempTree } from './scenario-fixtures.js';

let tree: TempTree;
beforeAll(() => (tree = tempTree()));
afterAll(() => tree.cleanup());

const logAt = (path: string): ScenarioLog => ({ namespace: 'default', pod: 'p', container: 'c', previous: true, path, size: statSync(path).size });
const write = (name: string, content: string | Buffer): ScenarioLog => logAt(join(tree.write({ [name]: content }), name));

describe('readScenarioLog', () => {
  it('keeps exactly the last N lines, not counting the newline that ends the file', async () => {
    const log = write('short.log', 'one\ntwo\nthree\nfour\n');
    const { bytes, truncated } = await readScenarioLog(log, { tailLines: 2 });
    expect(bytes.toString()).toBe('three\nfour\n');
    expect(truncated).toBe(true);
  });

  it('keeps a last line that has no newline', async () => {
    const log = write('open.log', 'one\ntwo\nthree');
    expect((await readScenarioLog(log, { tailLines: 2 })).bytes.toString()).toBe('two\nthree');
  });

  it('returns the whole file, untruncated, when it is shorter than asked', async () => {
    const log = write('whole.log', 'a\nb\n');
    expect(await readScenarioLog(log, { tailLines: 10, limitBytes: 1024 })).toEqual({ bytes: Buffer.from('a\nb\n'), truncated: false });
  });

  it('reads no more than limitBytes from the end', async () => {
    const log = write('limit.log', 'line-1\nline-2\nline-3\n');
    const { bytes, truncated } = await readScenarioLog(log, { limitBytes: 10, tailLines: 100 });
    expect(bytes.toString()).toBe('-2\nline-3\n');
    expect(truncated).toBe(true);
  });

  it('returns ANSI escapes and invalid UTF-8 byte for byte', async () => {
    const raw = Buffer.concat([Buffer.from('\u001b[31mERROR\u001b[0m failed\n'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]), Buffer.from('\u001b]0;title\u0007done\n')]);
    const log = write('raw.log', raw);
    const { bytes } = await readScenarioLog(log, { tailLines: 10 });
    expect(bytes.equals(raw)).toBe(true);
  });

  it('tails a 40 MB log with bounded memory and returns exactly the last lines', async () => {
    const path = join(tree.root, 'big.log');
    const fd = openSync(path, 'w');
    const lines = 400_000;
    let chunk = '';
    for (let i = 1; i <= lines; i++) {
      chunk += `${String(i).padStart(9, '0')} ${'x'.repeat(90)}\n`;
      if (i % 10_000 === 0) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    closeSync(fd);
    const log = logAt(path);
    expect(log.size).toBeGreaterThanOrEqual(40_000_000);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const { bytes, truncated } = await readScenarioLog(log, { tailLines: 500, limitBytes: 1024 * 1024 });
    const grown = process.memoryUsage().rss - before;
    const got = bytes.toString().split('\n');
    expect(truncated).toBe(true);
    expect(got).toHaveLength(501);
    expect(got[0]!.slice(0, 9)).toBe(String(lines - 499).padStart(9, '0'));
    expect(got[499]!.slice(0, 9)).toBe(String(lines).padStart(9, '0'));
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });
});
