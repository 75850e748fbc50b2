// Every message of the override's catalog, in zh-CN and ja, with every branch of its selects: no English sentence
// outside the names, commands and quoted values it is given, and each line within 80 columns when the names are
// short, so a long message is broken into lines by its translation rather than by the terminal. The config and
// environment lines are checked through insideLines, the function the override prints them with.
import { describe, expect, it } from 'vitest';
import { insideLines } from '../../src/exec/override-report.js';
import { CATALOGS, createTranslator, displayWidth, type MessageKey } from '../../src/i18n/index.js';
import type { Pod } from '../../src/k8s/index.js';
import { englishRuns } from '../support/english-runs.js';

const KEYS = Object.keys(CATALOGS.en).filter((k) => k.startsWith('override.')) as MessageKey[];
// Short stand-ins for what the override fills in: names, a command, the server's or the registry's own words.
const VALUES = {
  source: 'web', container: 'app', command: 'kubectl delete pod x', profile: 'general', pod: 'web', claim: 'data',
  image: 'img', imageArch: 'amd64', node: 'n1', nodeArch: 'arm64', reason: 'R', args: '--port 80', path: '/etc/app',
  subPath: 'app.yaml', name: 'cfg', names: 'A, B', permission: 'create pods', namespace: 'shop', message: 'M', error: 'E',
  copy: 'web-crashcourse-ab12c', question: 'Q', quote: "'",
};
// Every branch of every select the messages use.
const BRANCHES: readonly Record<string, string>[] = [
  { hasArgs: 'yes', hasSubPath: 'yes', readOnly: 'yes', kind: 'configMap' },
  { hasArgs: 'no', hasSubPath: 'no', readOnly: 'no', kind: 'secret' },
  { kind: 'projected' },
  { kind: 'pvc' },
];
const said = (t: ReturnType<typeof createTranslator>, key: MessageKey): string[] => BRANCHES.map((b) => t(key, { ...VALUES, ...BRANCHES[0], ...b }));

const ours = (text: string): string => text.replace(/kubectl delete pod x|--[a-z-]+(?:=\S+)?|\/\S*|"[^"]*"|“[^”]*”|「[^」]*」|`[^`]*`/g, ' ');

describe.each(['zh-CN', 'ja'] as const)('the override catalog in %s', (locale) => {
  const t = createTranslator(locale);

  it('has every message translated, with no English sentence left', () => {
    expect(KEYS.length).toBeGreaterThan(25);
    for (const key of KEYS) {
      for (const text of said(t, key)) expect(englishRuns(ours(text)), key).toEqual([]);
      // A message may keep English only where it is nothing but a name or an option (--same-node).
      if (!/^[-a-z]+$/.test(CATALOGS.en[key]!.replace(/^--/, ''))) expect(CATALOGS[locale][key], key).not.toBe(CATALOGS.en[key]);
    }
  });

  it('fits each line in 80 columns, indented as the override prints it', () => {
    for (const key of KEYS) {
      for (const text of said(t, key)) for (const line of text.split('\n')) expect(displayWidth(`    ${line}`), `${key}: ${line}`).toBeLessThanOrEqual(80);
    }
  });

  it('words the config mounted into the container and the environment to check', () => {
    const lines = insideLines(POD, 'app', t);
    const text = lines.join('\n');
    for (const v of ['/etc/app', 'app.yaml', 'app-config', 'tls', '/var/run/token', '/data', 'data-claim', 'LOG_LEVEL', 'env-config', 'env-secret']) expect(text).toContain(v);
    expect(englishRuns(ours(text.replace(/[\w-]+/g, (w) => (/^[A-Z_]+$|-/.test(w) ? ' ' : w))))).toEqual([]);
    for (const line of lines.flatMap((l) => l.split('\n'))) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });
});

const POD: Pod = {
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'shop' },
  spec: {
    containers: [{
      name: 'app', image: 'app:1',
      volumeMounts: [
        { name: 'config', mountPath: '/etc/app', subPath: 'app.yaml', readOnly: true },
        { name: 'certs', mountPath: '/etc/tls' },
        { name: 'token', mountPath: '/var/run/token' },
        { name: 'data', mountPath: '/data' },
      ],
      env: [{ name: 'LOG_LEVEL', value: 'debug' }],
      envFrom: [{ configMapRef: { name: 'env-config' } }, { secretRef: { name: 'env-secret' } }],
    }],
    volumes: [
      { name: 'config', configMap: { name: 'app-config' } },
      { name: 'certs', secret: { secretName: 'tls' } },
      { name: 'token', projected: { sources: [] } },
      { name: 'data', persistentVolumeClaim: { claimName: 'data-claim' } },
    ],
  },
};

describe('insideLines in English', () => {
  it('says what it said before', () => {
    expect(insideLines(POD, 'app')).toEqual([
      'Config mounted into it:',
      '  /etc/app (subPath app.yaml)  ← configMap app-config, read-only',
      '  /etc/tls  ← secret tls',
      '  /var/run/token  ← projected volume',
      '  /data  ← PVC data-claim',
      'Environment to check (run `env` inside): LOG_LEVEL, all of configMap env-config, all of secret env-secret',
    ]);
  });
});
