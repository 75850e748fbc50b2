// Everything about one pod: the step screen and the views around it (logs, describe, timeline, resources,
// report), the help overlay, the typed confirmation and the quit question. It renders the session's snapshot
// and sends it events; which view is open is UI state only.
import { Box } from 'ink';
import { useEffect, useState } from 'react';
import type { Session, SessionSnapshot } from '../../contracts/session.js';
import type { UiActions } from '../backend.js';
import { ErrorPanel } from '../components/error-panel.js';
import { Footer } from '../components/footer.js';
import { HelpOverlay } from '../components/help-overlay.js';
import { Spinner } from '../components/spinner.js';
import { focusContainer } from '../format/pod-facts.js';
import { useKeys } from '../hooks/use-keys.js';
import { useSessionSnapshot } from '../hooks/use-session.js';
import type { Action, ScreenId } from '../keymap.js';
import { ConfirmPanel } from './confirm-panel.js';
import { DescribeScreen } from './describe-screen.js';
import { LogViewerScreen } from './log-viewer-screen.js';
import { QuitDialog, type QuitChoice } from './quit-dialog.js';
import { ReportScreen } from './report-screen.js';
import { ResourcesScreen } from './resources-screen.js';
import { StepScreen } from './step-screen.js';
import { TimelineScreen } from './timeline-screen.js';
import { useT } from '../i18n.js';
import { localMessage } from '../../i18n/index.js';

type View = { readonly kind: 'step' } | { readonly kind: 'logs'; readonly log: 'previous' | 'current' } | { readonly kind: 'describe' | 'timeline' | 'resources' | 'report' };

interface Props {
  readonly session: Session;
  readonly actions: UiActions;
  readonly readOnly: boolean;
  readonly suggest?: boolean;
  readonly columns: number;
  readonly rows: number;
  readonly active: boolean;
  /** Esc on the first step (or an error): back to the pod list. */
  readonly onLeave: () => void;
  /** From the report: on to the next failing pod of the list. */
  readonly onNext?: () => void;
  /** Quit the wizard; `keep` lists what the user chose to leave in the cluster. */
  readonly onQuit: (snapshot: SessionSnapshot, cleanedUp: boolean) => void;
}

export const pendingCleanup = (s: SessionSnapshot) => s.created.filter((c) => !c.cleanedUp);

export function PodSessionScreen({ session, actions, readOnly, suggest = false, columns, rows, active, onLeave, onNext, onQuit }: Props) {
  const snapshot = useSessionSnapshot(session);
  const t = useT();
  const [view, setView] = useState<View>({ kind: 'step' });
  const [help, setHelp] = useState(false);
  const [quitting, setQuitting] = useState(false);
  const [cleaning, setCleaning] = useState(false);

  const screenId: ScreenId = view.kind === 'step' ? 'step' : view.kind;
  const confirm = snapshot.pendingConfirmation;
  const modal = help || Boolean(confirm) || quitting;

  useEffect(() => {
    if (cleaning && (pendingCleanup(snapshot).length === 0 || snapshot.phase === 'done') && !snapshot.pendingConfirmation) {
      onQuit(snapshot, pendingCleanup(snapshot).length === 0);
    }
  }, [cleaning, snapshot, onQuit]);

  const onAction = (action: Action) => {
    switch (action) {
      case 'help': return setHelp(true);
      case 'quit':
        if (pendingCleanup(snapshot).length > 0) return setQuitting(true);
        return onQuit(snapshot, true);
      case 'back':
        if (view.kind !== 'step') return setView({ kind: 'step' });
        if (snapshot.phase !== 'error' && snapshot.breadcrumb.length > 1) return session.send({ type: 'BACK' });
        return onLeave();
      case 'logs': return setView({ kind: 'logs', log: snapshot.evidence?.logs.some((l) => l.kind === 'previous') ? 'previous' : 'current' });
      case 'previous': return setView({ kind: 'logs', log: 'previous' });
      case 'describe': return setView({ kind: 'describe' });
      case 'timeline': return setView({ kind: 'timeline' });
      case 'resources': return setView({ kind: 'resources' });
      case 'report': return setView({ kind: 'report' });
      case 'next-pod': return onNext?.();
      default: return undefined;
    }
  };

  const onQuitChoice = (choice: QuitChoice) => {
    setQuitting(false);
    if (choice === 'keep') onQuit(snapshot, false);
    else if (choice === 'cleanup') {
      setCleaning(true);
      session.send({ type: 'QUIT' });
    }
  };

  // Keys that work whatever the phase, while no screen below is showing (reading, error).
  const bare = !snapshot.evidence || snapshot.phase === 'error' || (!snapshot.step && view.kind === 'step');
  useKeys(
    'step',
    (action) => {
      if (action === 'help' || action === 'quit' || action === 'back') onAction(action);
    },
    active && bare && !modal,
  );
  useKeys('step', () => setHelp(false), active && help);

  const body = (() => {
    if (snapshot.phase === 'error') {
      return (
        <ErrorPanel
          title={t('session.failed', { pod: snapshot.pod })}
          message={snapshot.error !== undefined ? localMessage({ message: snapshot.error, ref: snapshot.errorRef }, t) : t('session.unknownError')}
          todo={[t('session.todo.back'), t('session.todo.access'), t('todo.quit')]}
        />
      );
    }
    const evidence = snapshot.evidence;
    if (!evidence) return <Spinner label={t('session.reading', { pod: snapshot.pod })} />;
    const container = focusContainer(evidence, snapshot.diagnosis);
    const describeArgv = snapshot.step?.plans.find((p) => p.id === 'describe-pod')?.argv;
    const screenActive = active && !modal;
    switch (view.kind) {
      case 'logs': return <LogViewerScreen evidence={evidence} container={container} kind={view.log} columns={columns} rows={rows} active={screenActive} onAction={onAction} />;
      case 'describe': return <DescribeScreen evidence={evidence} {...(describeArgv ? { argv: describeArgv } : {})} columns={columns} rows={rows} active={screenActive} onAction={onAction} />;
      case 'timeline': return <TimelineScreen evidence={evidence} diagnosis={snapshot.diagnosis} container={container} columns={columns} rows={rows} active={screenActive} onAction={onAction} />;
      case 'resources': return <ResourcesScreen evidence={evidence} container={container} columns={columns} active={screenActive} onAction={onAction} />;
      case 'report': return <ReportScreen snapshot={snapshot} columns={columns} rows={rows} active={screenActive} save={actions.save} onAction={onAction} />;
      case 'step':
        if (!snapshot.step) return <Spinner label={t('session.firstStep')} />;
        return (
          <StepScreen
            session={session}
            snapshot={snapshot}
            step={snapshot.step}
            readOnly={readOnly}
            suggest={suggest}
            columns={columns}
            rows={rows}
            active={screenActive}
            copy={actions.copy}
            onAction={onAction}
            onFinish={() => setView({ kind: 'report' })}
          />
        );
    }
  })();

  // Dialogs cover the screen while it stays mounted (hidden), so it keeps its selection and the output of the
  // command that asked for confirmation.
  const dialog = help ? (
    <HelpOverlay screen={screenId} />
  ) : confirm ? (
    <ConfirmPanel plan={confirm} rows={rows} columns={columns} {...(snapshot.pendingPreview !== undefined ? { preview: snapshot.pendingPreview } : {})} active={active} onAnswer={(yes) => session.send({ type: 'CONFIRM', yes })} />
  ) : quitting ? (
    <QuitDialog created={pendingCleanup(snapshot)} active={active} onChoose={onQuitChoice} />
  ) : null;
  return (
    <Box flexDirection="column">
      {dialog}
      <Box flexDirection="column" display={dialog ? 'none' : 'flex'}>
        {cleaning ? <Spinner label={t('session.cleaning')} /> : null}
        {body}
        {bare ? (
          <Box marginTop={1}>
            <Footer screen="step" columns={columns} />
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}
