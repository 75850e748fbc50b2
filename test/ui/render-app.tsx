// Renders the whole wizard around a Session double, with a connection and actions that record what they got.
import { render } from 'ink-testing-library';
import type { ScanRow } from '../../src/contracts/scan-row.js';
import type { Session, SessionSnapshot } from '../../src/contracts/session.js';
import { App } from '../../src/ui/app.js';
import type { Connection, ExitInfo, Start, WizardBackend } from '../../src/ui/backend.js';
import type { FakeSession } from './helpers.js';
import type { ReportFormat } from '../../src/ui/format/report-export.js';

export interface Recorded {
  copied: string[];
  saved: { format: ReportFormat; snapshot: SessionSnapshot }[];
  exits: ExitInfo[];
  opened: string[];
}

export function fakeConnection(rows: readonly ScanRow[], sessionFor: (ns: string, name: string) => Session, recorded?: Recorded): Connection {
  return {
    label: 'kind-dev',
    listNamespaces: async () => ['default', 'shop'],
    scan: async ({ onProgress }) => {
      onProgress(rows.length);
      return rows;
    },
    openSession: (ns, name) => {
      recorded?.opened.push(`${ns}/${name}`);
      return sessionFor(ns, name);
    },
  };
}

export function renderApp(start: (rec: Recorded) => Start, backend?: WizardBackend, readOnly = false, suggest = false, followMs?: number) {
  const recorded: Recorded = { copied: [], saved: [], exits: [], opened: [] };
  const noBackend: WizardBackend = {
    contexts: async () => ({ current: 'kind-dev', names: ['kind-dev'] }),
    connect: async () => {
      throw new Error('not in this test');
    },
  };
  const instance = render(
    <App
      backend={backend ?? noBackend}
      start={start(recorded)}
      readOnly={readOnly}
      suggest={suggest}
      {...(followMs ? { followMs } : {})}
      color
      actions={{
        copy: async (text) => {
          recorded.copied.push(text);
          return 'copied to the clipboard';
        },
        save: async (snapshot, format) => {
          recorded.saved.push({ format, snapshot });
          return `/tmp/crashcourse-cart-7d9f8.${format === 'markdown' ? 'md' : 'json'}`;
        },
      }}
      onExit={(info) => recorded.exits.push(info)}
    />,
  );
  return { ...instance, recorded };
}

export function renderPod(session: FakeSession, readOnly = false, suggest = false) {
  return renderApp((rec) => ({ kind: 'pod', connection: fakeConnection([], () => session, rec), namespace: 'shop', name: 'cart-7d9f8' }), undefined, readOnly, suggest);
}
