// Hands the terminal to `kubectl exec -it` (stdio inherited) and gets it back when the shell exits.
// Shells are tried in order; exit 126/127 from kubectl exec means that shell is not in the image.
import { spawn, type ChildProcess } from 'node:child_process';
import type { StopSignal } from './interrupt.js';

/** The shell currently holding the terminal, so a signal can be passed on to it. */
export interface ShellHolder {
  current?: ChildProcess;
}

export async function handOffTerminal(kubectlPath: string, argvs: readonly (readonly string[])[], holder: ShellHolder = {}): Promise<{ exitCode: number | null; argv?: readonly string[] }> {
  let last: number | null = null;
  for (const argv of argvs) {
    last = await new Promise<number | null>((resolve) => {
      const child = spawn(kubectlPath, argv.slice(1), { stdio: 'inherit', shell: false });
      holder.current = child;
      child.on('error', () => resolve(null));
      child.on('close', (code) => resolve(code));
    });
    holder.current = undefined;
    if (last !== 126 && last !== 127) return { exitCode: last, argv };
  }
  return { exitCode: last };
}

/**
 * Passes our signal on to the shell and waits (bounded) until it has exited, so kubectl puts the terminal
 * back before we print; a shell that ignores it is killed.
 */
export async function endShell(holder: ShellHolder, signal: StopSignal, graceMs = 3000): Promise<void> {
  const child = holder.current;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  if ((await Promise.race([closed, late])) === 'late') {
    child.kill('SIGKILL');
    await closed;
  }
  clearTimeout(timer);
}
