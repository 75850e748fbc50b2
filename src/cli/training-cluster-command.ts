// `kubectl-crashcourse training-cluster`: serve the scenarios on 127.0.0.1 until SIGINT/SIGTERM, or --list them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinScenariosDir } from '../paths.js';
import { loadScenarios, type Scenario } from '../scenario/index.js';
import { startTrainingCluster } from '../training/index.js';
import { parseForbid } from '../training/forbid.js';
import { createTranslator, type Translate } from '../i18n/translate.js';
import type { Locale } from '../i18n/locale.js';
import type { TrainingClusterOptions } from './options.js';

interface ListedScenario {
  readonly name: string;
  readonly title: string;
  readonly pod: string;
  readonly cause: string;
  readonly dir: string;
}

const listed = (s: Scenario): ListedScenario => ({ name: s.name, title: s.meta.title ?? '', pod: s.meta.pod ?? '', cause: s.meta.cause ?? '', dir: s.dir });

function table(rows: readonly ListedScenario[]): string {
  const head = ['NAME', 'POD', 'CAUSE', 'TITLE'];
  const cells = rows.map((r) => [r.name, r.pod, r.cause, r.title]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!))).join('   ').trimEnd();
  return [line(head), ...cells.map(line)].join('\n');
}

export async function runTrainingCluster(options: TrainingClusterOptions, locale: Locale = 'en'): Promise<number> {
  const dirs = options.scenarios.length ? options.scenarios : [builtinScenariosDir()];
  // Checked even with --list: a typo in --forbid must not pass silently because nothing was served.
  parseForbid(options.forbid);
  if (options.list) {
    const rows = (await loadScenarios(dirs)).map(listed);
    process.stdout.write(options.output === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : `${table(rows)}\n`);
    return 0;
  }
  const tempDir = options.writeKubeconfig ? undefined : await mkdtemp(join(tmpdir(), 'kubectl-crashcourse-'));
  const kubeconfigPath = options.writeKubeconfig ?? join(tempDir!, 'kubeconfig');
  try {
    const cluster = await startTrainingCluster({
      scenarios: dirs,
      port: options.port,
      latency: options.latency,
      syntheticPods: options.syntheticPods,
      static: options.static,
      speed: options.speed,
      forbid: options.forbid,
      writeKubeconfig: kubeconfigPath,
      overwriteKubeconfig: options.force === true,
      ...(options.serverVersion ? { serverVersion: options.serverVersion } : {}),
    });
    process.stdout.write(startupText(cluster, kubeconfigPath, createTranslator(locale)));
    await new Promise<void>((resolve) => {
      // SIGHUP too: a closed terminal must not leave the temporary kubeconfig directory behind.
      const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
      const stop = (): void => {
        for (const s of signals) process.off(s, stop);
        resolve();
      };
      for (const s of signals) process.on(s, stop);
    });
    await cluster.close();
    return 0;
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/** What `training-cluster` prints once it serves: where, what, and how to point kubectl at it. */
export function startupText(cluster: { readonly url: string; readonly scenarios: readonly unknown[]; readonly podCount: number }, kubeconfigPath: string, t: Translate): string {
  return [
    t('out.training.at', { url: cluster.url, scenarios: cluster.scenarios.length, pods: cluster.podCount }),
    t('out.training.kubeconfig', { path: kubeconfigPath }),
    `  export KUBECONFIG=${kubeconfigPath}`,
    '  kubectl get pods -A',
    t('out.training.stop'),
    '',
  ].join('\n');
}
