// The one place an intent becomes an argv: what the user sees, copies and what kubectl runs. The API fallback
// (src/exec/api-fallback.ts) derives its calls from the same intent, so the two cannot drift apart by parsing.
import { kubectl } from '../contracts/kubectl-target.js';
import type { KubectlTarget } from '../contracts/kubectl-target.js';
import type { Plan, PlanAction, PlanIntent } from '../contracts/plan.js';

const LAST_TIMESTAMP = '--sort-by=.lastTimestamp';

export function planArgv(intent: PlanIntent): string[] {
  const k = (...args: string[]): string[] => kubectl(intent.target, ...args);
  switch (intent.kind) {
    case 'describe':
      return k('describe', intent.resource, ...(intent.name ? [intent.name] : []));
    case 'read-logs':
      return k('logs', intent.pod, '-c', intent.container, ...(intent.previous ? ['--previous'] : []), `--tail=${intent.tailLines}`);
    case 'read-events':
      return k('get', 'events', intent.uid ? `--field-selector=involvedObject.uid=${intent.uid}` : `--field-selector=involvedObject.name=${intent.pod}`, LAST_TIMESTAMP);
    case 'get-yaml':
      return k('get', intent.resource, intent.name, '-o', 'yaml');
    case 'get-field':
      return k('get', intent.resource, intent.name, '-o', `jsonpath=${intent.jsonpath}`);
    case 'list': {
      const output = intent.output === undefined ? [] : typeof intent.output === 'string' ? ['-o', intent.output] : ['-o', `custom-columns=${intent.output.columns}`];
      return k('get', intent.resources, ...(intent.name ? [intent.name] : []), ...(intent.allNamespaces ? ['-A'] : []), ...output, ...(intent.fieldSelector ? [`--field-selector=${intent.fieldSelector}`] : []));
    }
    case 'top-pod':
      return k('top', 'pod', intent.pod, '--containers');
    case 'watch-pod':
      return k('get', 'pod', intent.pod, '-w');
    case 'create-copy':
      // --validate=false: the manifest came from this API server, and not every server serves OpenAPI for kubectl to validate against.
      return k('create', ...(intent.dryRun ? ['--dry-run=server'] : []), '--validate=false', '-f', '-');
    case 'delete-copy': {
      const grace = intent.gracePeriodSeconds === 0 ? ['--grace-period=0', '--force'] : [`--grace-period=${intent.gracePeriodSeconds}`, '--wait=false'];
      return k('delete', 'pod', intent.name, ...grace, ...(intent.ignoreNotFound ? ['--ignore-not-found'] : []));
    }
    case 'delete-copies':
      return k('delete', 'pods', '-l', intent.selector, '--grace-period=1', '--wait=false');
    case 'exec-shell':
      return k('exec', '-it', intent.pod, '-c', intent.container, '--', intent.shells[0] ?? 'sh');
    case 'exec-trace':
      return k('exec', intent.pod, '-c', intent.container, '--', ...intent.command);
    case 'debug-copy':
      return k('debug', intent.pod, `--copy-to=${intent.copy}`, `--container=${intent.container}`, `--profile=${intent.profile}`, '--', ...intent.command);
    case 'debug-container':
      return intent.command
        ? k('debug', intent.pod, `--image=${intent.image}`, `--target=${intent.container}`, `--profile=${intent.profile}`, '--attach=true', '--', ...intent.command)
        : k('debug', '-it', intent.pod, `--image=${intent.image}`, `--target=${intent.container}`, `--profile=${intent.profile}`);
    case 'start-override':
      // `ask`: a command shown for the person to run, who then answers the override's own question.
      return crashcourse(intent, 'override', podRef(intent), '--container', intent.container, ...(intent.ask ? [] : intent.dryRun ? ['--dry-run'] : ['--yes']));
    case 'cleanup-override':
      return crashcourse(intent, 'override', podRef(intent), '--cleanup', '--yes');
    case 'trace-entrypoint':
      return crashcourse(intent, 'strace', podRef(intent), '--container', intent.container, '--copy', intent.copy);
  }
}

const podRef = (intent: PlanIntent & { readonly pod: string }): string => `${intent.target.namespace}/${intent.pod}`;

/** Our own CLI with the target's --kubeconfig/--context (the namespace is in the pod reference). */
function crashcourse(intent: PlanIntent, ...args: string[]): string[] {
  const argv = ['kubectl-crashcourse', ...args];
  if (intent.target.kubeconfig) argv.push('--kubeconfig', intent.target.kubeconfig);
  if (intent.target.context) argv.push('--context', intent.target.context);
  return argv;
}

/** A plan whose argv is derived from its intent; `extra` adds what changing plans say (creates, undo, …). */
export function planOf(id: string, title: string, intent: PlanIntent, purpose: string, risk: Plan['risk'], extra: Partial<Pick<Plan, 'creates' | 'undoIntent' | 'manifest' | 'interactive' | 'capture'>> = {}): Plan {
  const { undoIntent, ...rest } = extra;
  return { id, title, intent, argv: planArgv(intent), purpose, risk, ...rest, ...(undoIntent ? { undoIntent, undo: planArgv(undoIntent) } : {}) };
}

/** The argv of one action against a target: for commands shown beside evidence (gaps), which nothing runs. */
export const commandOf = (target: KubectlTarget, action: PlanAction): string[] => planArgv({ target, ...action } as PlanIntent);
