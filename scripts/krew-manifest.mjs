// The structural rules krew applies to a plugin manifest before it installs it (krew's index validation:
// apiVersion, kind, a safe name, a short description on one line, a v-prefixed semantic version, and per
// platform a uri, a sha256, a bin, from/to file operations and an os/arch selector). Used by
// `npm run package`, which refuses to write a manifest krew would refuse, and by the tests.

const API_VERSION = 'krew.googlecontainertools.github.com/v1alpha2';
const WINDOWS_RESERVED = ['CON', 'PRN', 'AUX', 'NUL', ...Array.from({ length: 9 }, (_, i) => `COM${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `LPT${i + 1}`)];
// Semantic versioning 2.0.0 with krew's mandatory leading "v".
const SEMVER = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** @param {string} name @param {any} manifest @returns {string[]} what krew would reject, empty when valid */
export function krewManifestProblems(name, manifest) {
  const problems = [];
  const m = manifest ?? {};
  const spec = m.spec ?? {};
  if (m.apiVersion !== API_VERSION) problems.push(`apiVersion must be ${API_VERSION}, not ${JSON.stringify(m.apiVersion)}`);
  if (m.kind !== 'Plugin') problems.push(`kind must be Plugin, not ${JSON.stringify(m.kind)}`);
  if (!/^[\w-]+$/.test(name) || WINDOWS_RESERVED.some((r) => r.toLowerCase() === name.toLowerCase())) problems.push(`plugin name ${JSON.stringify(name)} is not allowed`);
  if (m.metadata?.name !== name) problems.push(`metadata.name must be ${JSON.stringify(name)}, not ${JSON.stringify(m.metadata?.name)}`);
  if (typeof spec.shortDescription !== 'string' || spec.shortDescription === '') problems.push('spec.shortDescription is required');
  else if (/[\r\n]/.test(spec.shortDescription)) problems.push('spec.shortDescription must be one line');
  if (typeof spec.version !== 'string' || !SEMVER.test(spec.version)) problems.push(`spec.version ${JSON.stringify(spec.version)} is not a v-prefixed semantic version`);
  if (!Array.isArray(spec.platforms) || spec.platforms.length === 0) problems.push('spec.platforms must list at least one platform');
  for (const [i, p] of (Array.isArray(spec.platforms) ? spec.platforms : []).entries()) {
    const at = `spec.platforms[${i}]`;
    if (!p?.uri) problems.push(`${at}.uri is required`);
    if (!/^[a-f0-9]{64}$/.test(p?.sha256 ?? '')) problems.push(`${at}.sha256 must be 64 lower-case hex digits`);
    if (!p?.bin) problems.push(`${at}.bin is required`);
    if (p?.files !== undefined) {
      if (!Array.isArray(p.files) || p.files.length === 0) problems.push(`${at}.files must be left out or non-empty`);
      else for (const f of p.files) if (!f?.from || !f?.to) problems.push(`${at}.files entries need from and to`);
    }
    const sel = p?.selector;
    const labels = sel?.matchLabels;
    const exprs = sel?.matchExpressions;
    if (!sel || (!labels && !(exprs?.length))) problems.push(`${at}.selector must not be empty`);
    else {
      const keys = [...Object.keys(labels ?? {}), ...(exprs ?? []).map((e) => e.key)];
      for (const k of keys) if (k !== 'os' && k !== 'arch') problems.push(`${at}.selector key ${JSON.stringify(k)} is not supported (only os and arch)`);
      if (labels && Object.keys(labels).length === 0) problems.push(`${at}.selector.matchLabels is empty`);
    }
  }
  return problems;
}
