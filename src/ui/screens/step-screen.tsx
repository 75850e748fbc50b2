// One flow step: title, the learner's explanation, the evidence it asks for, the commands it offers, the ways on,
// and where we are in the tree. Enter only ever sends NEXT or CHOOSE; `r` runs a command through the session,
// which asks for a typed confirmation before anything that changes the cluster.
import { Clip } from '../components/clip.js';
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { useLatestState } from '../hooks/use-latest-state.js';
import { isCauseId } from '../../contracts/causes.js';
import { displayCommand } from '../../contracts/kubectl-target.js';
import type { Session, SessionSnapshot, StepView } from '../../contracts/session.js';
import { Breadcrumb } from '../components/breadcrumb.js';
import { Footer } from '../components/footer.js';
import { Panel } from '../components/panel.js';
import { Spinner } from '../components/spinner.js';
import { focusContainer } from '../format/pod-facts.js';
import { followNoticeText } from '../format/follow-notice.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Action } from '../keymap.js';
import { ChoicesPanel, choiceList, CONTINUE_ID } from '../panels/choices-panel.js';
import { CommandsPanel, commandsRows } from '../panels/commands-panel.js';
import { DecisivePanel, decisiveRows } from '../panels/decisive-panel.js';
import { decisiveLine } from '../format/decisive.js';
import { EvidencePanel } from '../panels/evidence-panel.js';
import { outputRows, outputTop, RunOutputPanel } from '../panels/run-output-panel.js';
import { SuggestPanel } from '../panels/suggest-panel.js';
import { causeTitle, displayWidth, ENGLISH, localMessage, type Translate } from '../../i18n/index.js';
import { useT } from '../i18n.js';
import { SyscallPanel, syscallLine, syscallPanelHeight } from '../panels/syscall-panel.js';
import { useTheme } from '../theme.js';

type Focus = 'choices' | 'evidence' | 'commands';
const FOCUS_ORDER: readonly Focus[] = ['choices', 'evidence', 'commands'];

interface Props {
  readonly session: Session;
  readonly snapshot: SessionSnapshot;
  readonly step: StepView;
  readonly readOnly: boolean;
  /** --mode suggest: changing commands are shown to run by hand, never run. */
  readonly suggest?: boolean;
  readonly columns: number;
  readonly rows: number;
  readonly active: boolean;
  readonly copy: (text: string) => Promise<string>;
  readonly onAction: (action: Action) => void;
  /** Enter on a terminal step: show the report (a view, not a session event). */
  readonly onFinish: () => void;
}

export function resultText(step: StepView, t: Translate = ENGLISH): string | undefined {
  if (!step.result) return undefined;
  if (step.result.kind === 'hand-over') return t('step.resultHandOver');
  const cause = step.result.cause;
  return isCauseId(cause) ? t('step.resultCause', { cause, title: causeTitle(cause, t) }) : t('step.resultOther', { cause });
}

/** Lines a text takes wrapped at `columns` (word wrap loses a little per line; allow for it). */
export function wrappedLines(text: string, columns: number): number {
  const width = Math.max(20, columns - 4);
  return text.split('\n').reduce((n, para) => n + Math.max(1, Math.ceil(displayWidth(para) / width)), 0);
}

export function StepScreen({ session, snapshot, step, readOnly, suggest = false, columns, rows, active, copy, onAction, onFinish }: Props) {
  const theme = useTheme();
  const t = useT();
  const [focus, getFocus, setFocus] = useLatestState<Focus>('choices');
  const [choice, getChoice, setChoice] = useLatestState(0);
  const [plan, getPlan, setPlan] = useLatestState(0);
  const [evFirst, , setEvFirst] = useLatestState(0);
  const [shownRun, getShownRun, setShownRun] = useLatestState<string | undefined>(undefined);
  const [suggested, getSuggested, setSuggested] = useLatestState<string | undefined>(undefined);
  // The command output's first row when scrolled; undefined follows its end.
  const [outTop, getOutTop, setOutTop] = useLatestState<number | undefined>(undefined);
  const [note, setNote] = useState<string | undefined>();
  const [explainAll, , setExplainAll] = useLatestState(false);

  useEffect(() => {
    setChoice(0);
    setPlan(0);
    setEvFirst(0);
    setShownRun(undefined);
    setSuggested(undefined);
    setOutTop(undefined);
    setNote(undefined);
    setExplainAll(false);
  }, [step.id, setChoice, setPlan, setEvFirst, setShownRun, setSuggested, setOutTop, setExplainAll]);

  const plans = readOnly ? step.plans.filter((p) => p.risk === 'read') : step.plans;
  const items = choiceList(step.result ? t('step.showReport') : t('step.continue'), step.choices);
  const selectedPlan = plans[Math.min(plan, plans.length - 1)];
  const planAt = () => plans[Math.min(getPlan(), plans.length - 1)];
  const evidence = snapshot.evidence;

  useKeys(
    'step',
    (action) => {
      const shown = getShownRun() ? [...snapshot.runs].reverse().find((r) => r.planId === getShownRun()) : undefined;
      const scrolls = action === 'page-up' || action === 'page-down' || ((action === 'up' || action === 'down') && getFocus() !== 'commands');
      if (shown && scrolls) {
        // While command output is shown, PgUp/PgDn scroll it, and ↑↓ too unless they move through the commands.
        const total = outputRows(shown, columns).length;
        const room = Math.max(1, evHeight - 2);
        const at = outputTop(total, room, getOutTop());
        const by = action === 'up' ? -1 : action === 'down' ? 1 : action === 'page-up' ? -room : room;
        const next = Math.max(0, Math.min(Math.max(0, total - room), at + by));
        setOutTop(next >= total - room ? undefined : next);
        return;
      }
      if (action === 'panel') setFocus((f) => FOCUS_ORDER[(FOCUS_ORDER.indexOf(f) + 1) % FOCUS_ORDER.length]!);
      else if (action === 'up' || action === 'down') {
        const d = action === 'up' ? -1 : 1;
        const f = getFocus();
        if (f === 'choices') setChoice((c) => Math.max(0, Math.min(items.length - 1, c + d)));
        else if (f === 'commands') setPlan((p) => Math.max(0, Math.min(plans.length - 1, p + d)));
        else setEvFirst((e) => Math.max(0, Math.min(step.evidence.length - 1, e + d)));
      } else if (action === 'continue') {
        const item = items[getChoice()];
        if (!item || item.id === CONTINUE_ID) {
          if (step.result) onFinish();
          else session.send({ type: 'NEXT' });
        } else session.send({ type: 'CHOOSE', choice: item.id });
      } else if (action === 'copy' && planAt()) {
        void copy(displayCommand(planAt()!.argv)).then(setNote, (e: unknown) => setNote(t('step.copyFailed', { error: e instanceof Error ? e.message : String(e) })));
      } else if (action === 'run' && planAt() && suggest && planAt()!.risk !== 'read') {
        setShownRun(undefined);
        setSuggested(planAt()!.id);
      } else if (action === 'run' && planAt()) {
        setSuggested(undefined);
        setOutTop(undefined);
        setShownRun(planAt()!.id);
        session.send({ type: 'RUN', plan: planAt()!.id });
      } else if (action === 'explain') setExplainAll((x) => !x);
      else if (action === 'back' && getShownRun()) setShownRun(undefined);
      else if (action === 'back' && getSuggested()) setSuggested(undefined);
      else if (action) onAction(action);
    },
    active,
  );

  const explainNeed = wrappedLines(step.explain, columns);
  const explainCap = rows >= 34 ? 6 : rows >= 28 ? 3 : 2;
  const explainLines = Math.min(explainNeed, explainCap);
  const explainCut = explainNeed > explainCap;
  const roomy = rows >= 30;
  const commandsFocused = focus === 'commands';
  const commandLines = 1 + commandsRows(plans, plan, commandsFocused, columns, Boolean(note));
  const stepCause = step.result?.kind === 'cause' && isCauseId(step.result.cause) ? step.result.cause : undefined;
  const proof = decisiveLine(snapshot.diagnosis, stepCause);
  // On every step once the diagnosis names a cause: the decisive line first, whatever the step's own evidence.
  // On a step that offers a strace capture, once one was taken: its decisive call, quoted (on a short terminal
  // in place of the decisive line, so the commands and choices stay on screen).
  const traced = !explainAll && step.plans.some((p) => p.capture) ? syscallLine(snapshot.diagnosis, t) : undefined;
  const showProof = Boolean(proof && !explainAll && !(traced && rows < 30));
  const proofRows = proof && showProof ? 1 + decisiveRows(proof, columns, rows >= 28 ? 4 : 3, t).length : 0;
  const tracedRows = traced ? syscallPanelHeight(traced, columns, rows >= 28 ? 3 : 2, t) : 0;
  // title, breadcrumb, explanation (+ its hint), result, the decisive line, commands, choices, footer
  const fixed = (snapshot.notice ? 1 : 0) + 1 + 1 + explainLines + (explainCut ? 1 : 0) + (step.result ? 1 : 0) + proofRows + tracedRows + (roomy ? 1 : 0) + commandLines + (roomy ? 1 : 0) + items.length + 1;
  const evHeight = Math.max(3, rows - fixed);
  const run = shownRun ? [...snapshot.runs].reverse().find((r) => r.planId === shownRun) : undefined;
  const result = resultText(step, t);

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text {...theme('heading')}>{step.title}</Text>
        <Text {...theme('muted')}>  {snapshot.pod}</Text>
      </Text>
      {snapshot.notice ? (
        <Text {...theme('warning')} wrap="truncate-end">
          ↻ {snapshot.noticeSaid ? followNoticeText(snapshot.noticeSaid, t) : snapshot.notice}
        </Text>
      ) : null}
      <Breadcrumb titles={snapshot.breadcrumb.map((b) => b.title)} columns={columns} />
      <Clip height={explainAll ? explainLines + evHeight : explainLines}>
        <Text wrap="wrap">{step.explain}</Text>
      </Clip>
      {explainCut ? <Text {...theme('muted')}>{explainAll ? t('step.explainBack') : t('step.explainMore')}</Text> : null}
      {result ? <Text {...theme('danger')}>{result}</Text> : null}
      {proof && showProof ? <DecisivePanel line={proof} columns={columns} maxRows={rows >= 28 ? 4 : 3} /> : null}
      {traced ? <SyscallPanel line={traced} columns={columns} maxQuoteRows={rows >= 28 ? 3 : 2} /> : null}
      <Clip height={explainAll ? 0 : evHeight}>
        {explainAll ? null : suggested && plans.some((p) => p.id === suggested) ? (
          <SuggestPanel plan={plans.find((p) => p.id === suggested)!} columns={columns} height={evHeight} />
        ) : shownRun ? (
          <Panel title={t('step.outputTitle')} gap={0}>
            {snapshot.phase === 'running' ? <Spinner label={t('step.running')} /> : run ? <RunOutputPanel run={run} height={evHeight - 1} columns={columns} {...(outTop !== undefined ? { top: outTop } : {})} /> : <Text {...theme('muted')}>{t('step.waiting')}</Text>}
          </Panel>
        ) : evidence ? (
          <EvidencePanel
            names={step.evidence}
            evidence={evidence}
            diagnosis={snapshot.diagnosis}
            container={focusContainer(evidence, snapshot.diagnosis)}
            height={evHeight}
            first={evFirst}
            focused={focus === 'evidence'}
            {...(snapshot.entrypoint ? { entrypoint: snapshot.entrypoint } : {})}
          />
        ) : (
          <Spinner label={t('step.readingEvidence')} />
        )}
      </Clip>
      <Panel title={t('step.commands') + (readOnly && plans.length < step.plans.length ? t('step.commandsReadOnly') : commandsFocused ? '' : t('step.commandsTab'))} focused={commandsFocused} gap={roomy ? 1 : 0}>
        <CommandsPanel plans={plans} selected={plan} focused={commandsFocused} columns={columns} suggest={suggest} {...(note ? { note } : {})} />
      </Panel>
      <Box marginTop={roomy ? 1 : 0} flexDirection="column">
        <ChoicesPanel items={items} selected={choice} focused={focus === 'choices'} />
      </Box>
      <Footer screen="step" columns={columns} />
    </Box>
  );
}
