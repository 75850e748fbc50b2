// `npm run package [-- --base-url URL] [--out DIR] [--no-build]`: the release archives for krew (one for
// Linux and macOS on amd64/arm64 — the bundle is plain JavaScript — and one for Windows), their sha256 files,
// and the krew manifest filled from plugins/crashcourse.yaml. Archives are reproducible: sorted entries,
// fixed owners, modes and times (SOURCE_DATE_EPOCH, else the last commit's time), gzip without a timestamp.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { krewManifestProblems } from './krew-manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const fail = (message) => {
  process.stderr.write(`package: ${message}\n`);
  process.exit(1);
};

const out = resolve(flag('--out') ?? join(root, 'out', 'package'));
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Without a release URL the manifest points at the archives on this disk, for `kubectl krew install --manifest`.
const baseUrl = (flag('--base-url') ?? pathToFileURL(out).href).replace(/\/+$/, '');

if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) fail('the build failed');
}

const epoch = process.env.SOURCE_DATE_EPOCH ?? (spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).stdout.trim() || '0');
const VARIANTS = [
  { id: 'unix', launchers: ['kubectl-crashcourse', 'kubectl_complete-crashcourse'] },
  { id: 'windows', launchers: ['kubectl-crashcourse.cmd', 'kubectl_complete-crashcourse.cmd'] },
];

mkdirSync(out, { recursive: true });
const sums = {};
for (const variant of VARIANTS) {
  const stage = mkdtempSync(join(tmpdir(), 'crashcourse-package-'));
  try {
    const top = join(stage, name);
    mkdirSync(top);
    for (const dir of ['dist', 'flows', 'scenarios']) cpSync(join(root, dir), join(top, dir), { recursive: true });
    for (const file of ['README.md', 'CHANGELOG.md']) copyFileSync(join(root, file), join(top, file));
    // The bundle finds flows/ and scenarios/ by walking up to a package.json with our name.
    writeFileSync(join(top, 'package.json'), `${JSON.stringify({ name, version, private: true, type: 'module' }, null, 2)}\n`);
    for (const launcher of variant.launchers) {
      copyFileSync(join(root, 'scripts', 'launchers', launcher), join(top, launcher));
      chmodSync(join(top, launcher), 0o755);
    }
    const tar = spawnSync('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${epoch}`, '--mode=u+rwX,go+rX,go-w', '-C', stage, '-cf', '-', name], { maxBuffer: 1 << 30 });
    if (tar.status !== 0) fail(`tar failed: ${tar.stderr?.toString().trim() || tar.error?.message}`);
    const archive = `${name}-v${version}-${variant.id}.tar.gz`;
    const bytes = gzipSync(tar.stdout, { level: 9 });
    writeFileSync(join(out, archive), bytes);
    const sum = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(join(out, `${archive}.sha256`), `${sum}  ${archive}\n`);
    sums[variant.id] = sum;
    process.stdout.write(`${archive}  ${(bytes.length / 1e6).toFixed(1)} MB  sha256 ${sum}\n`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

const template = readFileSync(join(root, 'plugins', 'crashcourse.yaml'), 'utf8');
const values = { VERSION: version, BASE_URL: baseUrl, SHA256_UNIX: sums.unix, SHA256_WINDOWS: sums.windows };
const filled = template.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, key) => (key in values ? values[key] : fail(`plugins/crashcourse.yaml names an unknown value ${whole}`)));
const problems = krewManifestProblems('crashcourse', parse(filled));
if (problems.length) fail(`krew would reject the manifest: ${problems.join('; ')}`);
writeFileSync(join(out, 'crashcourse.yaml'), filled);
process.stdout.write(`crashcourse.yaml (krew manifest for v${version}, archives under ${baseUrl})\n`);
