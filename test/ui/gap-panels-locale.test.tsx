// The wizard says what it could not read in the reader's language: the log panel of a container whose logs are
// forbidden, and the report screen's "could not read" lines. The server's 403 message is quoted as it came.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { openOfflineReader } from '../../src/cluster/index.js';
import { ClusterError } from '../../src/contracts/cluster-errors.js';
import type { ClusterReader } from '../../src/contracts/read-port.js';
import { gatherEvidence } from '../../src/evidence/index.js';
import { createTranslator } from '../../src/i18n/index.js';
import { builtinScenariosDir } from '../../src/paths.js';
import { diagnose } from '../../src/report/diagnose.js';
import { LocaleProvider } from '../../src/ui/i18n.js';
import { LogExcerptPanel } from '../../src/ui/panels/log-excerpt-panel.js';
import { ReportScreen } from '../../src/ui/screens/report-screen.js';
import { englishRuns } from '../support/english-runs.js';
import { snapshotAt } from './helpers.js';

afterEach(cleanup);

const DIR = `${builtinScenariosDir()}/oom-killed-jvm`;
const LOGS_403 = 'pods "ledger-service-lpc8jfddbz-7xw2p" is forbidden: User "dev" cannot get resource "pods/log"';
const EVENTS_403 = 'events is forbidden: User "dev" cannot list resource "events"';
const offline = await openOfflineReader(DIR);
const reader: ClusterReader = Object.assign(Object.create(offline) as ClusterReader, {
  readLog: async () => {
    throw new ClusterError('forbidden', LOGS_403, 403);
  },
  listEvents: async () => {
    throw new ClusterError('forbidden', EVENTS_403, 403);
  },
});
const evidence = await gatherEvidence(reader, 'payments', 'ledger-service-lpc8jfddbz-7xw2p', { tailLines: 100, limitBytes: 1 << 20 });
const d = diagnose({ evidence, target: { namespace: 'payments' } });
const container = evidence.pod.spec.containers[0]!.name;

const flat = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ');
// The frame without the server's words and kubectl's: what is left is ours.
const ours = (frame: string | undefined): string => [LOGS_403, EVENTS_403].reduce((s, w) => s.split(w).join(' '), flat(frame)).replace(/\$ kubectl.*?(?= {2}|$)/g, ' ');

const panel = (locale?: 'zh-CN' | 'ja') => {
  const node = <LogExcerptPanel evidence={evidence} diagnosis={d} container={container} kind="previous" height={10} />;
  return render(locale ? <LocaleProvider locale={locale}>{node}</LocaleProvider> : node).lastFrame();
};

describe('the log panel of a container whose logs are forbidden', () => {
  it('says so in English as before', () => {
    expect(flat(panel())).toContain(`No previous logs (forbidden: ${LOGS_403}).`);
  });

  it.each(['zh-CN', 'ja'] as const)('says so in %s, quoting the server', (locale) => {
    const frame = panel(locale);
    const t = createTranslator(locale);
    expect(flat(frame)).toContain(flat(t('evidence.panel.noLogs', { kind: 'previous', reason: t('evidence.gap.reason.forbidden', { detail: LOGS_403 }) })));
    expect(englishRuns(ours(frame))).toEqual([]);
  });
});

describe('the report screen', () => {
  const screen = (locale?: 'zh-CN' | 'ja') => {
    const node = <ReportScreen snapshot={snapshotAt(3, { diagnosis: d })} columns={200} rows={200} active={false} save={async () => ''} onAction={() => undefined} />;
    return render(locale ? <LocaleProvider locale={locale}>{node}</LocaleProvider> : node).lastFrame();
  };

  it('lists what could not be read in English as before', () => {
    expect(flat(screen())).toContain(`could not read events of the pod: forbidden: ${EVENTS_403}`);
    expect(flat(screen())).toContain(`could not read previous logs of container ${container}: forbidden: ${LOGS_403}`);
  });

  it.each(['zh-CN', 'ja'] as const)('lists what could not be read in %s, with the names and the server\'s words', (locale) => {
    const t = createTranslator(locale);
    const frame = flat(screen(locale));
    const lines = [
      t('report.couldNotRead', { what: t('evidence.gap.what.podEvents'), reason: t('evidence.gap.reason.forbidden', { detail: EVENTS_403 }) }),
      t('report.couldNotRead', { what: t('evidence.gap.what.logs', { previous: 'yes', container }), reason: t('evidence.gap.reason.forbidden', { detail: LOGS_403 }) }),
    ];
    for (const line of lines) expect(frame).toContain(flat(line));
    // The logs-missing line the analysis adds to the evidence is worded too (its English is in JSON only).
    expect(frame).toContain(flat(t('dx.gap.logsMissing', { c: container })));
    expect(frame).not.toContain('could not read');
  });
});
