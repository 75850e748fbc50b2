// What could not be read, and why, in the reader's language: every kind of failed read (403, 404, 401, a time-out,
// an unreachable server, a 5xx in the server's words, a response too large, a log longer than its byte limit, an
// error of no known kind) gathered for a built-in scenario, then worded by `diagnose` text and Markdown and the
// wizard's hand-over. The server's own words stay verbatim; ours are translated; English and JSON are as before.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOfflineReader } from '../../src/cluster/index.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { clusterError, createTranslator, displayWidth, ENGLISH, type Translate } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { renderDiagnosisJson, renderDiagnosisMarkdown, renderDiagnosisText } from '../../src/report/index.js';
import { reportJson, reportMarkdown } from '../../src/ui/format/report-export.js';
import { snapshotAt } from '../ui/helpers.js';
import { englishRuns, ourWords } from '../support/english-runs.js';

const DIR = join(builtinScenariosDir(), 'oom-killed-jvm');
const NS = 'payments';
const LIMIT = 4096;

// The server's words, which every language quotes as they came.
const EVENTS_403 = 'events is forbidden: User "dev" cannot list resource "events" in API group "" in the namespace "payments"';
const OWNER_500 = 'etcdserver: request timed out';
const METRICS_404 = 'the server could not find the requested resource (get pods.metrics.k8s.io)';
const SERVER_WORDS = [EVENTS_403, OWNER_500, METRICS_404, 'socket hang up'];

async function failingReader(): Promise<ClusterReader> {
  const offline = await openOfflineReader(DIR);
  return Object.assign(Object.create(offline) as ClusterReader, {
    listEvents: async () => {
      throw new ClusterError('forbidden', EVENTS_403, 403);
    },
    getNode: async () => {
      throw clusterError('timeout', 'fail.cluster.timeout', { server: 'https://127.0.0.1:6443', limit: '10s' });
    },
    getObject: async (kind: string) => {
      if (kind === 'ReplicaSet' || kind === 'Deployment') throw new ClusterError('server', OWNER_500, 500);
      throw new ClusterError('unauthorized', 'Unauthorized', 401);
    },
    listObjects: async (kind: string) => {
      if (kind === 'Service') throw clusterError('unreachable', 'fail.cluster.unreachable', { server: 'https://127.0.0.1:6443', code: 'ECONNREFUSED', detail: '' });
      if (kind === 'LimitRange') throw clusterError('server', 'evidence.read.tooLarge', { path: '/api/v1/namespaces/payments/limitranges', limit: '8388608' });
      throw new Error('socket hang up\nat TLSSocket.onHangUp');
    },
    getPodMetrics: async () => {
      throw new ClusterError('not-found', METRICS_404, 404);
    },
    readLog: async (...args: Parameters<ClusterReader['readLog']>) => {
      const read = await offline.readLog(...args);
      return { ...read, cutBytes: 12_345 };
    },
  });
}

const POD = 'ledger-service-lpc8jfddbz-7xw2p';
const evidence = await gatherEvidence(await failingReader(), NS, POD, { tailLines: 200, limitBytes: LIMIT });
const d = diagnose({ evidence, target: { namespace: NS } });
const container = evidence.pod.spec.containers[0]!.name;
const node = evidence.pod.spec.nodeName!;

// The "could not read" part of a rendering: everything after its heading.
const gapSection = (out: string, heading: string): string => out.slice(out.indexOf(heading));
const withoutServerWords = (s: string): string => SERVER_WORDS.reduce((acc, w) => acc.split(w).join(' '), s.replace(/\s+/g, ' '));

describe('the gaps of a pod whose reads fail in every way', () => {
  it('records one gap per failed read, in English as before', () => {
    expect(d.gaps.map((g) => `${g.what}: ${g.reason}`).sort()).toEqual([
      'ConfigMap kube-root-ca.crt: unauthorized: the cluster rejected our credentials',
      'Secret ledger-db: unauthorized: the cluster rejected our credentials',
      'ServiceAccount default: unauthorized: the cluster rejected our credentials',
      `events of node ${node}: forbidden: ${EVENTS_403}`,
      `events of the pod: forbidden: ${EVENTS_403}`,
      'limit ranges of the namespace: the response to /api/v1/namespaces/payments/limitranges is larger than 8388608 bytes',
      `metrics of the pod: not found: ${METRICS_404}`,
      `node ${node}: timed out`,
      `older lines of the logs of container ${container}: the last 200 lines hold more than ${LIMIT} bytes; the newest ${LIMIT} bytes were kept (12345 before them were not read)`,
      `older lines of the previous logs of container ${container}: the last 200 lines hold more than ${LIMIT} bytes; the newest ${LIMIT} bytes were kept (12345 before them were not read)`,
      `owner ReplicaSet ledger-service-lpc8jfddbz: ${OWNER_500}`,
      'resource quotas of the namespace: socket hang up',
      'services of the namespace: cannot reach the cluster at https://127.0.0.1:6443: connection refused',
    ].sort());
  });

  it('keeps the JSON English, with the messages left out', () => {
    const json = JSON.parse(renderDiagnosisJson(d)) as { gaps: Record<string, unknown>[] };
    expect(json.gaps.map((g) => Object.keys(g))).toEqual(d.gaps.map(() => ['what', 'reason', 'command']));
    expect(json.gaps.map((g) => `${String(g['what'])}: ${String(g['reason'])}`)).toEqual(d.gaps.map((g) => `${g.what}: ${g.reason}`));
    const saved = JSON.parse(reportJson(snapshotAt(3, { diagnosis: d }))) as { gaps: Record<string, unknown>[] };
    expect(saved.gaps).toEqual(json.gaps);
  });

  it('prints the English lines unchanged in English text and Markdown', () => {
    const text = renderDiagnosisText(d, { width: 100_000 });
    const md = renderDiagnosisMarkdown(d);
    for (const g of d.gaps) {
      expect(text).toContain(`- ${g.what}: ${g.reason}`);
      expect(md).toContain(`- ${g.what.replace(/([\\`*_[\]<>|#])/g, '\\$1')}: ${g.reason.replace(/([\\`*_[\]<>|#])/g, '\\$1')}`);
    }
    expect(englishRuns(withoutServerWords(gapSection(text, ENGLISH('text.couldNotRead')))).length).toBeGreaterThan(8);
  });

  describe.each(['zh-CN', 'ja'] as const)('in %s', (locale) => {
    const t: Translate = createTranslator(locale);
    const renderings = {
      text: gapSection(renderDiagnosisText(d, { t }), t('text.couldNotRead')),
      markdown: gapSection(renderDiagnosisMarkdown(d, t), t('md.couldNotRead')),
      handover: gapSection(reportMarkdown(snapshotAt(3, { diagnosis: d }), t), t('md.couldNotRead')),
    };

    it.each(Object.keys(renderings) as (keyof typeof renderings)[])('words what and why in %s output, quoting the server as it wrote', (kind) => {
      const out = renderings[kind];
      expect(englishRuns(ourWords({ evidence: [], backoff: null }, withoutServerWords(out))), out).toEqual([]);
      // The values: names, numbers, the server's words.
      for (const v of [container, node, 'ledger-db', 'ledger-service-lpc8jfddbz', 'https://127.0.0.1:6443', String(LIMIT), '12345', '8388608', ...SERVER_WORDS]) {
        expect(out.replace(/\s+/g, ' '), v).toContain(v);
      }
      expect(out).toContain(t('evidence.gap.reason.timeout'));
    });

    it('fits every line of the text at 80 columns but the commands, which are never cut', () => {
      for (const line of renderings.text.split('\n').filter((l) => !/^ {5}\$ |^ {9}/.test(l))) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    });
  });
});
