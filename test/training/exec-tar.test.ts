import { describe, expect, it } from 'vitest';
import { FakeShell } from '../../src/training/exec/fake-shell.js';
import { packTar, TarFormatError, unpackTar } from '../../src/training/exec/tar-archive.js';
import type { ContainerContext } from '../../src/training/exec/types.js';

const context = (layer?: Map<string, string | null>): ContainerContext => ({
  podName: 'api-7d9f8-x2k4p',
  namespace: 'shop',
  container: 'app',
  image: 'busybox:1.36',
  env: {},
  files: { '/etc/config/app.yaml': 'port: 8080\n', '/etc/config/motd': 'héllo ✓\n' },
  hasShell: true,
  ...(layer ? { writableLayer: layer } : {}),
});

async function run(shell: FakeShell, argv: string[], stdin?: string): Promise<{ out: string; err: string; status: number }> {
  let out = '';
  let err = '';
  const status = await shell.runProgram(argv, { ...(stdin !== undefined ? { stdin } : {}), out: (t) => (out += t), err: (t) => (err += t), signal: new AbortController().signal });
  return { out, err, status };
}

describe('ustar archives', () => {
  it('round-trips files and directories, long names included, with valid checksums', () => {
    const long = `${'deep/'.repeat(30)}file.txt`;
    const archive = packTar(
      [
        { name: 'etc', kind: 'dir' },
        { name: 'etc/a.txt', kind: 'file', content: Buffer.from('a\n') },
        { name: long, kind: 'file', content: Buffer.alloc(700, 'x') },
      ],
      0,
    );
    expect(archive.length % 512).toBe(0);
    expect(unpackTar(archive)).toEqual([
      { name: 'etc/', kind: 'dir' },
      { name: 'etc/a.txt', kind: 'file', content: Buffer.from('a\n') },
      { name: long, kind: 'file', content: Buffer.alloc(700, 'x') },
    ]);
  });

  it('rejects a header whose checksum does not match', () => {
    const archive = packTar([{ name: 'a', kind: 'file', content: Buffer.from('1') }], 0);
    archive[0] = 'b'.charCodeAt(0);
    expect(() => unpackTar(archive)).toThrow(TarFormatError);
  });
});

describe('tar in the fake container, as kubectl cp runs it', () => {
  it('archives a path to stdout with the leading slash removed, and the archive survives the text channel', async () => {
    const { out, err, status } = await run(new FakeShell(context(), false), ['tar', 'cf', '-', '/etc/config']);
    expect(status).toBe(0);
    expect(err).toBe("tar: removing leading '/' from member names\n");
    const entries = unpackTar(Buffer.from(out, 'utf8'));
    expect(entries.map((e) => e.name)).toEqual(['etc/config/', 'etc/config/app.yaml', 'etc/config/motd']);
    expect(entries.find((e) => e.name === 'etc/config/motd')).toMatchObject({ content: Buffer.from('héllo ✓\n') });
  });

  it('says which path is missing and fails', async () => {
    const { err, status } = await run(new FakeShell(context(), false), ['tar', 'cf', '-', '/nope']);
    expect(err).toBe('tar: /nope: No such file or directory\n');
    expect(status).toBe(1);
  });

  it('extracts an archive from stdin under -C, into a layer the next session of the container sees', async () => {
    const layer = new Map<string, string | null>();
    const archive = packTar([{ name: 'up.txt', kind: 'file', content: Buffer.from('uploaded\n') }], 0).toString('utf8');
    const extracted = await run(new FakeShell(context(layer), false), ['tar', '-xmf', '-', '-C', '/tmp'], archive);
    expect(extracted.status).toBe(0);
    const next = await run(new FakeShell(context(layer), false), ['cat', '/tmp/up.txt']);
    expect(next.out).toBe('uploaded\n');
    await run(new FakeShell(context(layer), false), ['rm', '/tmp/up.txt']);
    expect((await run(new FakeShell(context(layer), false), ['cat', '/tmp/up.txt'])).status).not.toBe(0);
  });

  it('refuses an archive that is not one, and a target directory that does not exist', async () => {
    const garbage = await run(new FakeShell(context(), false), ['tar', '-xmf', '-', '-C', '/tmp'], 'garbage'.repeat(100));
    expect(garbage.status).toBe(1);
    expect(garbage.err).toMatch(/^tar: invalid tar header/);
    const archive = packTar([{ name: 'a', kind: 'file', content: Buffer.from('1') }], 0).toString('utf8');
    expect(await run(new FakeShell(context(), false), ['tar', '-xmf', '-', '-C', '/missing'], archive)).toMatchObject({ status: 1 });
  });
});
