// Every kubectl command we show or run carries the session's --context/--kubeconfig/-n, so that pasting it
// reproduces exactly what the wizard saw.
export interface KubectlTarget {
  readonly context?: string;
  readonly kubeconfig?: string;
  readonly namespace: string;
}

export function kubectl(target: KubectlTarget, ...args: readonly string[]): string[] {
  const argv = ['kubectl'];
  if (target.kubeconfig) argv.push('--kubeconfig', target.kubeconfig);
  if (target.context) argv.push('--context', target.context);
  argv.push('-n', target.namespace, ...args);
  return argv;
}

/** How a command is shown to a person: POSIX-quoted so it pastes into a shell as the same argv. */
export function displayCommand(argv: readonly string[]): string {
  return argv.map(quoteArg).join(' ');
}

// A control, C1 or bidi character (or a newline) cannot be shown raw: it would act on the terminal, or make the
// command read differently from what it runs. Such an argument is shown in $'…' quoting with each of those
// characters as its UTF-8 bytes (\xHH), which bash, zsh, ksh and POSIX sh (2024) turn back into the same bytes.
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export function quoteArg(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  if (!UNPRINTABLE.test(arg)) return `'${arg.replace(/'/g, `'\\''`)}'`;
  let out = '';
  for (const ch of arg) {
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (UNPRINTABLE.test(ch)) for (const b of Buffer.from(ch, 'utf8')) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `$'${out}'`;
}
