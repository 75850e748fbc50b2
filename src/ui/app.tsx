// The wizard's root: context/namespace picker (only when nothing was named), the failing pods, then one pod's
// session. It owns the navigation between them and the loading of lists; the screens only draw and report keys.
import { Clip } from './components/clip.js';
import { Box, Text } from 'ink';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ScanRow } from '../contracts/scan-row.js';
import type { Session, SessionSnapshot } from '../contracts/session.js';
import type { Connection, ExitInfo, Start, UiActions, WizardBackend } from './backend.js';
import { ErrorBoundary } from './components/error-boundary.js';
import { ErrorPanel } from './components/error-panel.js';
import { Footer } from './components/footer.js';
import { HelpOverlay } from './components/help-overlay.js';
import { Spinner } from './components/spinner.js';
import { KeyDispatchProvider, useKeys } from './hooks/use-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Action, ScreenId } from './keymap.js';
import { PickerScreen } from './screens/picker-screen.js';
import { PodListScreen, type ScanState } from './screens/pod-list-screen.js';
import { pendingCleanup, PodSessionScreen } from './screens/pod-session-screen.js';
import { ResetPanel } from './screens/reset-panel.js';
import type { Suspender } from './suspend.js';
import { ThemeProvider } from './theme.js';
import { LocaleProvider, useT } from './i18n.js';
import { localMessage, type Locale, type Translate } from '../i18n/index.js';

export const ALL_NAMESPACES = '(all namespaces)';

export interface AppProps {
  readonly backend: WizardBackend;
  readonly start: Start;
  readonly actions: UiActions;
  readonly readOnly: boolean;
  /** --mode suggest: show every command, run nothing that changes the cluster. */
  readonly suggest?: boolean;
  /** Read the pod list again this often while it is shown (AGE, restarts, STATUS move); off when absent. */
  readonly followMs?: number;
  readonly color: boolean;
  readonly onExit: (info: ExitInfo) => void;
  /** While another program has the terminal (a shell in the override copy). */
  readonly suspender?: Suspender;
  /** The language of every label (--lang, LC_ALL, LANG); English when absent. */
  readonly locale?: Locale;
}

type Stage =
  | { readonly kind: 'loading'; readonly label: string }
  | { readonly kind: 'failed'; readonly message: string; readonly canGoBack?: boolean }
  | { readonly kind: 'contexts'; readonly names: readonly string[]; readonly current: string }
  | { readonly kind: 'namespaces'; readonly connection: Connection; readonly names: readonly string[] }
  | { readonly kind: 'pods'; readonly connection: Connection; readonly namespace?: string }
  | { readonly kind: 'pod'; readonly connection: Connection; readonly session: Session; readonly fromList: boolean; readonly listNamespace?: string; readonly podKey: string };

// A user error says itself in the reader's language (its key and values); anything else keeps its message.
const message = (e: unknown, t: Translate): string => (e instanceof Error ? localMessage(e, t) : String(e));

const NEVER: Suspender = { isSuspended: () => false, subscribe: () => () => undefined, run: (fn) => fn() };

export function App(props: AppProps) {
  const suspender = props.suspender ?? NEVER;
  const suspended = useSyncExternalStore(suspender.subscribe, suspender.isSuspended);
  return (
    <LocaleProvider locale={props.locale ?? 'en'}>
      <Shell {...props} suspended={suspended} />
    </LocaleProvider>
  );
}

// Inside the language provider, so its own line is translated too.
function Shell(props: AppProps & { readonly suspended: boolean }) {
  const t = useT();
  const { suspended } = props;
  return (
    <ThemeProvider color={props.color}>
      <ErrorBoundary>
        <KeyDispatchProvider paused={suspended}>
          {suspended ? <Text>{t('app.suspended')}</Text> : null}
          <Box display={suspended ? 'none' : 'flex'} flexDirection="column">
            <Wizard {...props} />
          </Box>
        </KeyDispatchProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}

function initialStage(start: Start, t: Translate): Stage {
  if (start.kind === 'picker') return { kind: 'loading', label: t('app.readingKubeconfig') };
  if (start.kind === 'pods') return { kind: 'pods', connection: start.connection, ...(start.namespace ? { namespace: start.namespace } : {}) };
  return { kind: 'pod', connection: start.connection, session: start.connection.openSession(start.namespace, start.name), fromList: false, listNamespace: start.namespace, podKey: `${start.namespace}/${start.name}` };
}

function Wizard({ backend, start, actions, readOnly, suggest = false, followMs, onExit }: AppProps) {
  const size = useTerminalSize();
  // Never draw in the last column: a line that fills it can wrap in some terminals, and every frame after it
  // would then be drawn one line off.
  const columns = size.columns - 1;
  const rows = size.rows;
  const t = useT();
  const [stage, setStage] = useState<Stage>(() => initialStage(start, t));
  const [scan, setScan] = useState<ScanState>({ kind: 'scanning', seen: 0 });
  const [scanRun, setScanRun] = useState(0);
  const [help, setHelp] = useState(false);
  const sessionRef = useRef<Session | undefined>(stage.kind === 'pod' ? stage.session : undefined);
  // The pod we came back from: the list puts its cursor there again.
  const [lastPod, setLastPod] = useState<string | undefined>(undefined);
  // Whether anything opened at all: quitting from an error screen that never showed a cluster exits 1.
  const opened = useRef(false);
  const contextsSeen = useRef(false);

  const loadContexts = useCallback(() => {
    setStage({ kind: 'loading', label: t('app.readingKubeconfig') });
    backend.contexts().then(
      (c) => {
        contextsSeen.current = true;
        setStage({ kind: 'contexts', names: c.names, current: c.current });
      },
      (e: unknown) => setStage({ kind: 'failed', message: message(e, t) }),
    );
  }, [backend, t]);

  useEffect(() => {
    if (start.kind === 'picker') loadContexts();
  }, [start, loadContexts]);

  const podsConnection = stage.kind === 'pods' ? stage.connection : undefined;
  const podsNamespace = stage.kind === 'pods' ? stage.namespace : undefined;
  useEffect(() => {
    if (!podsConnection) return;
    let live = true;
    setScan({ kind: 'scanning', seen: 0 });
    podsConnection
      .scan({
        ...(podsNamespace ? { namespace: podsNamespace } : {}),
        onProgress: (seen) => live && setScan({ kind: 'scanning', seen }),
        // The rows at once; the causes that wait for logs are filled in when the promise resolves.
        onRows: (rows) => live && setScan({ kind: 'done', rows, readingLogs: rows.filter((r) => r.pending).length }),
      })
      .then(
        (rows) => {
          opened.current = true;
          if (live) setScan({ kind: 'done', rows });
        },
        (e: unknown) => live && setScan({ kind: 'error', message: message(e, t) }),
      );
    return () => {
      live = false;
    };
  }, [podsConnection, podsNamespace, scanRun]);

  // Following the list: read it again while it is shown, keep the rows on a failed read, and say which pods
  // restarted in between.
  const [listNotice, setListNotice] = useState<string | undefined>(undefined);
  const shownRows = useRef<readonly ScanRow[]>([]);
  if (scan.kind === 'done') shownRows.current = scan.rows;
  // Following starts once every cause is read: its own list must not slow the logs the rows wait for.
  const listDone = scan.kind === 'done' && !scan.readingLogs;
  useEffect(() => {
    if (!podsConnection || !listDone || (!followMs && !podsConnection.follow)) return;
    let live = true;
    const read = (): Promise<void> =>
      podsConnection.scan({ ...(podsNamespace ? { namespace: podsNamespace } : {}), onProgress: () => undefined }).then(
        (rows) => {
          if (!live) return;
          const was = new Map(shownRows.current.map((r) => [r.pod, r.restarts]));
          const restarted = rows.filter((r) => (was.get(r.pod) ?? r.restarts) < r.restarts).map((r) => `${r.pod} (${was.get(r.pod)} → ${r.restarts})`);
          setListNotice(restarted.length > 0 ? t('pods.restartedNow', { pods: restarted.join(', ') }) : undefined);
          setScan({ kind: 'done', rows });
        },
        (e: unknown) => {
          if (live) setListNotice(t('pods.rereadFailed', { error: message(e, t) }));
        },
      );
    // A watch when the connection has one (changes as they happen); else a re-read every followMs.
    if (podsConnection.follow) {
      const follower = podsConnection.follow({ ...(podsNamespace ? { namespace: podsNamespace } : {}), read, onTrouble: (m) => live && setListNotice(m) });
      return () => {
        live = false;
        follower.stop();
      };
    }
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      void read().finally(() => {
        busy = false;
      });
    }, followMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [podsConnection, podsNamespace, listDone, followMs, t]);

  // R on the pod list (training cluster): which scenarios come back, then a typed yes, then the list read again.
  const [reset, setReset] = useState<{ readonly row: ScanRow; readonly names?: readonly string[]; readonly error?: string; readonly running?: boolean } | undefined>(undefined);
  const startReset = (connection: Connection, row: ScanRow) => {
    const control = connection.scenarioReset;
    if (!control) return setListNotice(t('reset.unavailable'));
    setReset({ row });
    control.scenariosOf(row.namespace, row.name).then(
      (names) => setReset((cur) => (cur?.row === row ? { row, names } : cur)),
      (e: unknown) => setReset((cur) => (cur?.row === row ? { row, error: message(e, t) } : cur)),
    );
  };
  const answerReset = (connection: Connection, yes: boolean) => {
    const control = connection.scenarioReset;
    if (!reset || !yes || !reset.names?.length || !control) return setReset(undefined);
    const { row, names } = reset;
    setReset({ row, names, running: true });
    control.reset(row.namespace, row.name).then(
      (done) => {
        setReset(undefined);
        setListNotice(t('reset.done', { names: done.join(', ') }));
        setScanRun((n) => n + 1);
      },
      (e: unknown) => setReset({ row, names, error: message(e, t) }),
    );
  };

  const quit = useCallback(
    (snapshot: SessionSnapshot | undefined, cleanedUp: boolean) => {
      const leftovers = snapshot && !cleanedUp ? pendingCleanup(snapshot).map((c) => ({ name: `${c.kind.toLowerCase()} ${c.namespace}/${c.name}`, undo: c.cleanup })) : [];
      sessionRef.current?.stop();
      onExit({ code: opened.current || (snapshot && snapshot.phase !== 'error') ? 0 : 1, leftovers });
    },
    [onExit],
  );

  const openPod = (connection: Connection, row: ScanRow, listNamespace: string | undefined) => {
    if (sessionRef.current) return;
    const session = connection.openSession(row.namespace, row.name);
    sessionRef.current = session;
    setLastPod(row.pod);
    setStage({ kind: 'pod', connection, session, fromList: true, podKey: row.pod, ...(listNamespace ? { listNamespace } : {}) });
  };

  const leavePod = () => {
    if (stage.kind !== 'pod') return;
    stage.session.stop();
    sessionRef.current = undefined;
    setLastPod(stage.podKey);
    // Back to the list in the scope it had (-n, the pod's namespace when it was named, or all).
    setStage({ kind: 'pods', connection: stage.connection, ...(stage.listNamespace ? { namespace: stage.listNamespace } : {}) });
  };

  /** From the report: the failing pod after this one in the list, or the list when there is none. */
  const nextPod = () => {
    if (stage.kind !== 'pod') return;
    const rows = scan.kind === 'done' ? scan.rows : [];
    const at = rows.findIndex((r) => r.pod === stage.podKey);
    const next = at >= 0 ? rows[at + 1] : undefined;
    if (!next) return leavePod();
    stage.session.stop();
    sessionRef.current = undefined;
    openPod(stage.connection, next, stage.listNamespace);
  };

  const chooseContext = (name: string) => {
    setStage({ kind: 'loading', label: t('app.connecting', { context: name }) });
    backend
      .connect(name)
      .then(async (connection) => {
        const names = await connection.listNamespaces();
        opened.current = true;
        setStage({ kind: 'namespaces', connection, names: [t('app.allNamespaces'), ...names] });
      })
      .catch((e: unknown) => setStage({ kind: 'failed', message: message(e, t), ...(contextsSeen.current ? { canGoBack: true } : {}) }));
  };

  const generic = (screen: ScreenId) => (action: Action) => {
    if (action === 'help') setHelp(true);
    else if (action === 'quit') quit(undefined, true);
    else if (action === 'retry' && stage.kind === 'pods') setScanRun((n) => n + 1);
    else if (action === 'back' && screen === 'pods' && start.kind === 'picker' && stage.kind === 'pods') chooseContext(stage.connection.label);
    else if (action === 'back' && screen === 'contexts' && (stage.kind === 'namespaces' || (stage.kind === 'failed' && stage.canGoBack))) loadContexts();
  };

  const bareStage = stage.kind === 'loading' || stage.kind === 'failed';
  useKeys('contexts', (action) => action && generic('contexts')(action), bareStage && !help);
  useKeys('contexts', () => setHelp(false), help && stage.kind !== 'pod');

  const height = rows - 1;
  const body = (() => {
    if (help && stage.kind !== 'pod') return <HelpOverlay screen={stage.kind === 'pods' ? 'pods' : 'contexts'} />;
    switch (stage.kind) {
      case 'loading':
        return <Spinner label={stage.label} />;
      case 'failed':
        return (
          <Box flexDirection="column">
            <ErrorPanel title={t('app.cannotOpen')} message={stage.message} todo={[...(stage.canGoBack ? [t('app.todo.backToContexts')] : []), t('app.todo.checkKubeconfig'), t('app.todo.practise'), t('todo.quit')]} />
            <Footer screen="contexts" columns={columns} />
          </Box>
        );
      case 'contexts':
        return (
          <PickerScreen
            key="contexts"
            title={t('app.chooseContext')}
            hint={t('app.currentContext', { context: stage.current })}
            items={stage.names}
            initial={Math.max(0, stage.names.indexOf(stage.current))}
            columns={columns}
            rows={height}
            active={!help}
            onChoose={chooseContext}
            onAction={generic('contexts')}
          />
        );
      case 'namespaces':
        return (
          <PickerScreen
            key="namespaces"
            title={t('app.chooseNamespace', { context: stage.connection.label })}
            hint={t('app.escToContexts')}
            items={stage.names}
            columns={columns}
            rows={height}
            active={!help}
            onChoose={(ns) => setStage({ kind: 'pods', connection: stage.connection, ...(ns === t('app.allNamespaces') ? {} : { namespace: ns }) })}
            onAction={generic('contexts')}
          />
        );
      case 'pods':
        if (reset) {
          return (
            <ResetPanel
              pod={reset.row.pod}
              {...(reset.names ? { names: reset.names } : {})}
              {...(reset.error ? { error: reset.error } : {})}
              running={reset.running === true}
              columns={columns}
              active={!help}
              onAnswer={(yes) => answerReset(stage.connection, yes)}
            />
          );
        }
        return (
          <PodListScreen
            source={stage.connection.label}
            scope={stage.namespace ? t('pods.scopeNamespace', { namespace: stage.namespace }) : t('pods.scopeAll')}
            scan={scan}
            columns={columns}
            rows={height}
            active={!help}
            {...(lastPod ? { initialPod: lastPod } : {})}
            {...(listNotice ? { notice: listNotice } : {})}
            canGoBack={start.kind === 'picker'}
            onOpen={(row) => openPod(stage.connection, row, stage.namespace)}
            onReset={(row) => startReset(stage.connection, row)}
            onAction={generic('pods')}
          />
        );
      case 'pod':
        return (
          <PodSessionScreen
            key={stage.session.getSnapshot().pod}
            session={stage.session}
            actions={actions}
            readOnly={readOnly}
            suggest={suggest}
            columns={columns}
            rows={height}
            active
            onLeave={leavePod}
            onNext={nextPod}
            onQuit={quit}
          />
        );
    }
  })();

  return (
    <Clip height={height} width={columns}>
      {body}
    </Clip>
  );
}
