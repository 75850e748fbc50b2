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

function quoteArg(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
