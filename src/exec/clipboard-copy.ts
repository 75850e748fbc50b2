// Putting a command on the clipboard, and saying truthfully what happened. Outside tmux, OSC 52 asks the
// terminal itself (works over SSH, needs no program). Inside tmux, OSC 52 only goes through with passthrough or
// set-clipboard on, which are off by default, so we cannot tell whether it arrived: use a clipboard program found
// on PATH (argv, text on stdin), else tmux's own paste buffer, else say that nothing was copied.
import { basename } from 'node:path';
import { findOnPath } from './find-program.js';
import { runArgv } from './run-argv.js';

export interface ClipboardEnv {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  /** Writes an escape sequence to the terminal (OSC 52). */
  readonly writeTerminal: (sequence: string) => void;
}

/** Clipboard programs worth trying here, in order, as argv. */
export function clipboardTools(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): (readonly string[])[] {
  const tools: (readonly string[])[] = [];
  if (platform === 'darwin') tools.push(['pbcopy']);
  if (env['WAYLAND_DISPLAY']) tools.push(['wl-copy']);
  if (env['DISPLAY']) tools.push(['xclip', '-selection', 'clipboard'], ['xsel', '--clipboard', '--input']);
  return tools.flatMap(([program, ...args]) => {
    const found = findOnPath(program!, env['PATH']);
    return found ? [[found, ...args]] : [];
  });
}

export const osc52Plain = (text: string): string => `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;

export async function copyToClipboard(text: string, where: ClipboardEnv): Promise<string> {
  if (!where.env['TMUX']) {
    where.writeTerminal(osc52Plain(text));
    return 'sent to the terminal clipboard (OSC 52; a terminal that ignores it copies nothing): paste it into a shell';
  }
  for (const tool of clipboardTools(where.env, where.platform)) {
    const result = await runArgv(tool, { stdin: text, timeoutMs: 2000 });
    if (result.exitCode === 0) return `copied with ${basename(tool[0]!)}: paste it into a shell to run it yourself`;
  }
  const tmux = findOnPath('tmux', where.env['PATH']);
  const buffer = tmux ? await runArgv([tmux, 'load-buffer', '-'], { stdin: text, timeoutMs: 2000 }) : undefined;
  if (buffer?.exitCode === 0) return "not on the system clipboard (no clipboard program found); put in tmux's paste buffer: paste with prefix ]";
  return 'not copied: inside tmux with no clipboard program; Tab shows the whole command to select it';
}
