// One exercise on the terminal: a pure reducer holds the attempt and the cursor; this component feeds it keys,
// runs the end-state check when asked, and hands the finished attempt back to be scored and saved. It never
// reads the cluster itself: `verify` is given.
import { Box, Text, useApp, useInput, useStdin } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import { debriefOf, scoreAttempt, startExercise, type ExerciseCase, type ExerciseState, type HintPolicy, type Verdict } from '../../classroom/index.js';
import type { Translate } from '../../i18n/index.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme.js';
import { screenReducer, type ScreenInput, type ScreenState } from './exercise-input.js';
import { exerciseHelpLines } from './exercise-help.js';
import { exerciseLines } from './exercise-view.js';

export interface ExerciseAppProps {
  readonly c: ExerciseCase;
  readonly t: Translate;
  readonly index: number;
  readonly total: number;
  readonly limitMinutes: number;
  readonly hints: HintPolicy;
  readonly guidance: 'full' | 'questions';
  readonly kubeconfig: string;
  readonly now: () => number;
  readonly verify: () => Promise<Verdict>;
  /** Score and save the finished attempt; resolves to where the result was written. */
  readonly finish: (state: ExerciseState) => Promise<string>;
  readonly onExit: (state: ExerciseState | undefined) => void;
}

export function ExerciseApp(p: ExerciseAppProps) {
  const { c, t } = p;
  const [st, send] = useReducer(
    (state: ScreenState, input: ScreenInput) => screenReducer(c, p.hints, state, input),
    undefined,
    (): ScreenState => ({ s: startExercise(c, p.now()), ui: { cursor: 0, quoteCursor: 0, scroll: 0, verifying: false, guidance: p.guidance }, verifyRequested: false, quit: false }),
  );
  const [, setTick] = useState(0);
  // The `?` overlay: a ref as well, so a burst of keys ("?x") sees the overlay the first one opened.
  const [help, setHelpState] = useState(false);
  const helpRef = useRef(false);
  const setHelp = (on: boolean) => {
    helpRef.current = on;
    setHelpState(on);
  };
  const { columns, rows } = useTerminalSize();
  const theme = useTheme();
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { s, ui } = st;

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (s.phase === 'debrief') void p.finish(s).then((path) => send({ type: 'saved', path }));
  }, [s.phase]);
  useEffect(() => {
    if (!st.verifyRequested) return;
    send({ type: 'verifying', on: true });
    void p.verify().then((v) => {
      send({ type: 'verifying', on: false });
      send({ type: 'event', event: { type: 'verified', passed: v.passed, reason: v.reason, detail: v.detail, at: p.now() } });
    });
  }, [st.verifyRequested]);
  useEffect(() => {
    if (!st.quit) return;
    p.onExit(s.phase === 'debrief' ? s : undefined);
    exit();
  }, [st.quit]);

  // Ink hands over printable keys typed in one burst ("+h") as one input: each character is a key of its own.
  useInput(
    (input, key) => {
      const keys = input.length > 1 && !key.meta ? [...input] : [input];
      for (const ch of keys) {
        // Any key closes the help and does nothing else; `?` opens it.
        if (helpRef.current) setHelp(false);
        else if (ch === '?') setHelp(true);
        else send({ type: 'key', input: ch, key: keys.length > 1 ? { ...key, return: ch === '\r' } : key, now: p.now() });
      }
    },
    { isActive: isRawModeSupported === true },
  );

  const score = s.phase === 'debrief' ? scoreAttempt(c, s, p.limitMinutes * 60, p.hints) : undefined;
  const lines = help ? exerciseHelpLines(s.phase, t, columns, rows) : exerciseLines({
    c, s, ui, t, columns, rows,
    header: { index: p.index, total: p.total, limitMinutes: p.limitMinutes, elapsedSeconds: Math.round(((s.finishedAt ?? p.now()) - s.startedAt) / 1000) },
    hintCosts: p.hints.cost, maxHint: p.hints.maxLevel, kubeconfig: p.kubeconfig,
    ...(score ? { score, debrief: debriefOf(c, s) } : {}),
  });
  return (
    <Box flexDirection="column">
      {lines.map((l, i) => (
        <Text key={i} wrap="truncate-end" {...(l.token ? theme(l.token) : {})}>{l.text || ' '}</Text>
      ))}
    </Box>
  );
}
