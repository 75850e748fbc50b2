// `npm run package`: the archives krew downloads, their sums, and a manifest krew's own rules accept; then the
// archive installed the way krew does it (extracted, its bin linked from another folder) runs.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { krewManifestProblems } from '../../scripts/krew-manifest.mjs';
import { runProgram } from './run-program.js';

const root = packageRoot();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const out = mkdtempSync(join(tmpdir(), 'crashcourse-krew-'));
const BASE = 'https://releases.example.test/crashcourse';
interface Platform { selector: { matchLabels: Record<string, string> }; uri: string; sha256: string; bin: string; files: { from: string; to: string }[] }
let manifest: { metadata: { name: string }; spec: { version: string; platforms: Platform[] } };

beforeAll(async () => {
  // --no-build: dist/ is built by npm test's pretest and other tests are running it.
  const r = await runProgram([process.execPath, join(root, 'scripts', 'package.mjs'), '--no-build', '--out', out, '--base-url', BASE]);
  expect(r.code, r.err).toBe(0);
  manifest = parse(readFileSync(join(out, 'crashcourse.yaml'), 'utf8'));
}, 120_000);

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('npm run package', () => {
  it('writes a manifest that passes krew validation, for linux and darwin on amd64 and arm64 and for windows', () => {
    expect(krewManifestProblems('crashcourse', manifest)).toEqual([]);
    expect(manifest.spec.version).toBe(`v${version}`);
    const platforms = manifest.spec.platforms.map((p) => `${p.selector.matchLabels['os']}/${p.selector.matchLabels['arch']}`);
    expect(platforms.sort()).toEqual(['darwin/amd64', 'darwin/arm64', 'linux/amd64', 'linux/arm64', 'windows/amd64']);
  });

  it('names in each platform the archive it built and that archive’s sha256', () => {
    for (const p of manifest.spec.platforms) {
      const file = p.uri.slice(BASE.length + 1);
      expect(p.uri.startsWith(`${BASE}/`)).toBe(true);
      expect(p.sha256).toBe(sha256(join(out, file)));
      expect(readFileSync(join(out, `${file}.sha256`), 'utf8')).toBe(`${p.sha256}  ${file}\n`);
    }
  });

  it('builds the same bytes twice', async () => {
    const again = mkdtempSync(join(tmpdir(), 'crashcourse-krew-again-'));
    const r = await runProgram([process.execPath, join(root, 'scripts', 'package.mjs'), '--no-build', '--out', again, '--base-url', BASE]);
    expect(r.code, r.err).toBe(0);
    for (const id of ['unix', 'windows']) {
      const name = `kubectl-crashcourse-v${version}-${id}.tar.gz`;
      expect(sha256(join(again, name))).toBe(sha256(join(out, name)));
    }
  });

  it('holds, for every platform, the bin the manifest names after krew applies its file operations', async () => {
    for (const p of manifest.spec.platforms) {
      const listing = await runProgram(['tar', '-tzf', join(out, p.uri.slice(BASE.length + 1))]);
      const from = p.files[0]!.from.replace(/\*$/, '');
      expect(listing.out.split('\n')).toContain(`${from}${p.bin}`);
    }
  });

  it('runs from a link in another folder, as krew installs it: version, completion and an offline diagnosis', async () => {
    const install = mkdtempSync(join(tmpdir(), 'crashcourse-krew-install-'));
    expect((await runProgram(['tar', '-xzf', join(out, `kubectl-crashcourse-v${version}-unix.tar.gz`), '-C', install])).code).toBe(0);
    const bin = join(install, 'bin');
    mkdirSync(bin);
    for (const name of ['kubectl-crashcourse', 'kubectl_complete-crashcourse']) {
      const target = join(install, 'kubectl-crashcourse', name);
      expect(statSync(target).mode & 0o111).not.toBe(0);
      symlinkSync(target, join(bin, name));
    }
    expect((await runProgram([join(bin, 'kubectl-crashcourse'), '--version'])).out.trim()).toBe(version);
    expect((await runProgram([join(bin, 'kubectl_complete-crashcourse'), 'sc'])).out).toBe('scan\tlist every failing pod with its one-line cause, worst first\n:4\n');
    const scenario = join(install, 'kubectl-crashcourse', 'scenarios', 'oom-killed-jvm');
    const diagnosed = await runProgram([join(bin, 'kubectl-crashcourse'), 'scan', '-A', '--from', scenario, '-o', 'json']);
    expect(diagnosed.code, diagnosed.err).toBe(0);
    expect(JSON.parse(diagnosed.out)).toEqual(expect.arrayContaining([expect.objectContaining({ cause: 'oom-killed' })]));
  });
});

describe('krew’s manifest rules', () => {
  const valid = () => structuredClone(manifest) as unknown as Record<string, any>;
  it('reject what krew rejects: a version without v, a bad sum, an unknown selector key, a wrong name', () => {
    const v = valid();
    v['spec'].version = version;
    expect(krewManifestProblems('crashcourse', v).join()).toMatch(/not a v-prefixed semantic version/);
    const s = valid();
    s['spec'].platforms[0].sha256 = 'ABC';
    expect(krewManifestProblems('crashcourse', s).join()).toMatch(/sha256 must be 64/);
    const k = valid();
    k['spec'].platforms[0].selector.matchLabels.distro = 'debian';
    expect(krewManifestProblems('crashcourse', k).join()).toMatch(/key "distro" is not supported/);
    expect(krewManifestProblems('triage', valid()).join()).toMatch(/metadata.name must be "triage"/);
    expect(krewManifestProblems('crashcourse', { ...valid(), kind: 'Pod' }).join()).toMatch(/kind must be Plugin/);
  });
});
