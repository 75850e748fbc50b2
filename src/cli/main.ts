// argv → command. The one place that knows every command and flag; each command's work is imported lazily
// so `diagnose` never loads Ink and `--help` loads nothing at all.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type MessageRef, UserError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { closeCommandName } from './close-command.js';
import type { DiagnoseOptions, FlowsOptions, OverrideOptions, ScanOptions, TrainingClusterOptions, WizardOptions } from './options.js';
import { VERSION } from './version.js';
import { configureRequestTimeout, DEFAULT_TIMEOUT_MS, parseDuration, requestTimeoutMs } from '../cluster/request-timeout.js';
import { withDeadline } from './deadline.js';
import { acceptLangEverywhere, localeFromArgv } from './cli-locale.js';


const collect = (value: string, previous: string[]): string[] => [...previous, value];
// Commander wraps an argument's error in its own sentence and drops everything but the English: the reason is
// kept here, so the one line printed can word it in the reader's language.
let rejectedArg: MessageRef | undefined;
const argError = (message: string, ref: MessageRef | undefined): InvalidArgumentError => {
  rejectedArg = ref;
  return new InvalidArgumentError(message);
};
const intArg = (name: string, min: number, max: number) => (value: string): number => {
  if (!/^-?\d+$/.test(value)) throw argError(`${name} must be a whole number`, { key: 'fail.arg.wholeNumber', values: { name } });
  const n = Number(value);
  if (n < min || n > max) throw argError(`${name} must be between ${min} and ${max}`, { key: 'fail.arg.between', values: { name, min, max } });
  return n;
};
const numberArg = (name: string, min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw argError(`${name} must be a number ≥ ${min}`, { key: 'fail.arg.numberAtLeast', values: { name, min } });
  return n;
};

const durationArg = (value: string): number => {
  try {
    return parseDuration(value);
  } catch (err) {
    throw err instanceof UserError ? argError(err.message, err.ref) : new InvalidArgumentError(String(err));
  }
};

const noColor = (opts: { color?: boolean }): boolean => opts.color !== false && !process.env['NO_COLOR'];

function targetOptions(cmd: Command): Command {
  return cmd
    .option('--request-timeout <duration>', `give up on the cluster after this long, e.g. 30s, 2m (default ${DEFAULT_TIMEOUT_MS / 1000}s)`, durationArg)
    .option('-n, --namespace <ns>', 'namespace (default: the context\'s namespace, else "default")')
    .option('--context <name>', 'kubeconfig context to use (default: current-context)')
    .option('--kubeconfig <file>', 'kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)');
}

function outputOption(choices: string[]): Option {
  return new Option('-o, --output <format>', 'output format').choices(choices).default('text');
}

/** `inspect` sees the finished command tree instead of running it (the help catalog's test). */
export async function main(argv: readonly string[], inspect?: (program: Command) => void): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const locale = localeFromArgv(argv, process.env);
  const program = new Command('kubectl-crashcourse');
  program
    .description('Walks you from a pod in CrashLoopBackOff to its root cause and the fix.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'print stack traces of internal errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      // Commander echoes the argument it rejects; its did-you-mean hint is a second line: fold it into one.
      writeErr: (s) => process.stderr.write(sanitize(s)),
      // Commander's errors are printed once, in the reader's language, by reportError.
      outputError: () => undefined,
    })
    .enablePositionalOptions();

  targetOptions(program)
    .argument('[pod]', 'the pod to triage, as NAME or NAMESPACE/NAME')
    .option('--training', 'start the built-in training cluster and open the wizard on it')
    .option('--scenarios <dir>', 'with --training: add scenarios from DIR (repeatable)', collect, [])
    .option('--flow <file>', 'run the decision tree from this flow file')
    .addOption(new Option('--mode <mode>', 'run: run reads and, after confirmation, changes; suggest: only show commands').choices(['run', 'suggest']).default('run'))
    .option('--read-only', 'hide every action that would change the cluster')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--exercise [scenario]', 'classroom: one exercise with the answer hidden (a scenario name, or random)')
    .option('--lang <language>', 'en, zh-CN or ja: the wizard and the exercise (default: LC_ALL, LC_MESSAGES, LANG)')
    .option('--trainee <name>', 'with --exercise: who takes it (default: $USER)')
    .option('--results <dir>', 'with --exercise: where result files go', 'results')
    .option('--speed <x>', 'with --exercise: run the training cluster\'s kubelet clock X times faster', numberArg('--speed', 0.01), 1)
    .option('--seed <n>', 'with --exercise: seed for random draws and option order', intArg('--seed', 0, 2 ** 31 - 1))
    .option('--write-kubeconfig <file>', 'with --exercise: write the training cluster\'s kubeconfig here, for kubectl')
    .option('--red-herring [variant]', 'with --exercise: a red herring (stale-event, noisy-sidecar, misleading-exit-code; default any that fits)')
    .action(async (pod: string | undefined, opts) => {
      if (opts.exercise !== undefined) {
        if (pod) throw (await import('../i18n/user-error.js')).userError('fail.exerciseTakesScenario', {}, 2);
        const exercise = await import('./exercise-command.js');
        exitCode = await exercise.runExerciseCommand({
          scenario: opts.exercise === true ? 'random' : opts.exercise,
          ...pick(opts, ['lang', 'trainee', 'writeKubeconfig']),
          results: opts.results,
          speed: opts.speed,
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
          limitMinutes: 15,
          ...(opts.redHerring !== undefined ? { redHerring: opts.redHerring } : {}),
          color: noColor(opts),
        });
        return;
      }
      // The commands as registered, so a new command is suggested for a typo without a second list to keep.
      const commands = [...program.commands.map((c) => c.name()).filter((n) => !n.startsWith('_')), 'help'];
      const close = pod ? closeCommandName(pod, commands) : undefined;
      if (close && !pod?.includes('/')) throw (await import('../i18n/user-error.js')).userError('fail.unknownCommandNear', { command: pod ?? '', near: close }, 2);
      const options: WizardOptions = {
        ...(pod ? { pod } : {}),
        ...pick(opts, ['namespace', 'context', 'kubeconfig', 'flow', 'lang']),
        training: Boolean(opts.training),
        scenarios: opts.scenarios,
        mode: opts.mode,
        readOnly: Boolean(opts.readOnly),
        color: noColor(opts),
      };
      configureRequestTimeout(opts.requestTimeout);
      exitCode = await (await import('./wizard-command.js')).runWizard(options);
    });

  const trainingCluster = program
    .command('training-cluster')
    .description('serve the Kubernetes API on 127.0.0.1, played from scenario files, for kubectl and the wizard')
    .option('--scenarios <dir>', 'serve the scenarios in DIR (one, or one per subfolder); repeatable (default: the built-in ones)', collect, [])
    .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', intArg('--port', 0, 65535), 0)
    .option('--write-kubeconfig <file>', 'write a kubeconfig for the cluster here (an existing file is kept unless --force)')
    .option('--force', 'with --write-kubeconfig: replace an existing file (a symbolic link is always refused)')
    .option('--latency <ms>', 'delay every response by MS', intArg('--latency', 0, 60_000), 0)
    .option('--synthetic-pods <n>', 'add N generated pods across ~50 namespaces', intArg('--synthetic-pods', 0, 1_000_000), 0)
    .option('--static', 'freeze the pods: no simulated kubelet')
    .option('--speed <x>', 'run the simulated kubelet clock X times faster', numberArg('--speed', 0.01), 1)
    .option('--forbid <verb:resource,...>', 'answer 403 for these, e.g. get:pods/log,create:pods (repeatable)', collect, [])
    .option('--server-version <1.N>', 'the Kubernetes version /version reports, 1.27 … 1.33 (the kubectl dispatcher then runs that kubectl)')
    .option('--list', 'list the scenarios that would be served and exit')
    .addOption(outputOption(['text', 'json']))
    .action(async (opts) => {
      const options: TrainingClusterOptions = {
        scenarios: opts.scenarios,
        port: opts.port,
        ...(opts.writeKubeconfig ? { writeKubeconfig: opts.writeKubeconfig } : {}),
        force: Boolean(opts.force),
        latency: opts.latency,
        syntheticPods: opts.syntheticPods,
        static: Boolean(opts.static),
        speed: opts.speed,
        forbid: (opts.forbid as string[]).flatMap((f) => f.split(',')).map((f) => f.trim()).filter(Boolean),
        list: Boolean(opts.list),
        output: opts.output,
        ...(opts.serverVersion ? { serverVersion: String(opts.serverVersion) } : {}),
      };
      exitCode = await (await import('./training-cluster-command.js')).runTrainingCluster(options, locale);
    });

  trainingCluster
    .command('reset [scenario]')
    .description('restore a running training cluster\'s scenario (or all of them) to its recorded objects and clock')
    .option('--kubeconfig <file>', 'the kubeconfig the training cluster wrote (default: $KUBECONFIG)')
    .action(async (scenario: string | undefined, opts: { kubeconfig?: string }) => {
      exitCode = await (await import('./training-cluster-reset-command.js')).runTrainingClusterReset({ locale, ...(scenario ? { scenario } : {}), ...(opts.kubeconfig ? { kubeconfig: opts.kubeconfig } : {}) });
    });

  targetOptions(program.command('diagnose'))
    .description('diagnose one pod and print the cause, the evidence and the next steps')
    .argument('[pod]', 'NAME or NAMESPACE/NAME')
    .option('-c, --container <name>', 'diagnose this container (default: the failing one)')
    .addOption(outputOption(['text', 'json', 'markdown']))
    .option('--from <dir>', 'offline: read a scenario directory or a `kubectl cluster-info dump` tree instead of a cluster')
    .option('--flow <file>', 'walk this flow file instead of the built-in one')
    .option('--tail-lines <n>', 'log lines to read per container and run', intArg('--tail-lines', 1, 1_000_000), 500)
    .option('--limit-bytes <n>', 'log bytes to read per container and run', intArg('--limit-bytes', 1024, 1 << 30), 1 << 20)
    .option('--lang <language>', 'en, zh-CN or ja: headings and labels of text and Markdown (default: LC_ALL, LC_MESSAGES, LANG; JSON stays English)')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .action(async (pod: string | undefined, opts) => {
      const options: DiagnoseOptions = {
        ...(pod ? { pod } : {}),
        ...pick(opts, ['namespace', 'context', 'kubeconfig', 'container', 'from', 'flow', 'lang']),
        output: opts.output,
        tailLines: opts.tailLines,
        limitBytes: opts.limitBytes,
        color: noColor(opts),
      };
      configureRequestTimeout(opts.requestTimeout);
      exitCode = await withDeadline((async () => (await import('./diagnose-command.js')).runDiagnose(options))(), requestTimeoutMs());
    });

  targetOptions(program.command('scan'))
    .description('list every failing pod with its one-line cause, worst first')
    .option('-A, --all-namespaces', 'scan every namespace')
    .option('--all-contexts', 'scan every context of the kubeconfig at once (or list several: --context A,B)')
    .addOption(outputOption(['text', 'json']))
    .option('--from <dir>', 'offline: read scenario directories or a cluster-info dump tree')
    .option('--lang <language>', 'en, zh-CN or ja: headings and labels of the text table (default: LC_ALL, LC_MESSAGES, LANG; JSON stays English)')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .action(async (opts) => {
      const options: ScanOptions = {
        ...pick(opts, ['namespace', 'context', 'kubeconfig', 'from', 'lang']),
        allNamespaces: Boolean(opts.allNamespaces),
        ...(opts.allContexts ? { allContexts: true } : {}),
        output: opts.output,
        color: noColor(opts),
      };
      configureRequestTimeout(opts.requestTimeout);
      exitCode = await withDeadline((async () => (await import('./scan-command.js')).runScan(options))(), requestTimeoutMs());
    });

  program.command('check')
    .description('check manifests for crash-prone settings before they are deployed (offline unless --cluster)')
    .option('-f, --filename <path>', 'a manifest file, a directory of them, or - for stdin (repeatable)', collect, [])
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(['error', 'warning', 'note', 'none']).default('error'))
    .option('--cluster', 'also check references, node architectures and images against the current context')
    .option('--context <name>', 'with --cluster: kubeconfig context to use')
    .option('--kubeconfig <file>', 'with --cluster: kubeconfig file')
    .option('--request-timeout <duration>', `with --cluster: give up on the cluster after this long (default ${DEFAULT_TIMEOUT_MS / 1000}s)`, durationArg)
    .action(async (opts) => {
      configureRequestTimeout(opts.requestTimeout);
      const run = (async () => (await import('./check-command.js')).runCheckCommand({
        files: opts.filename, output: opts.output, failOn: opts.failOn, cluster: opts.cluster === true,
        ...pick(opts, ['context', 'kubeconfig']), locale,
      }))();
      // Offline, check may wait on a pipe (helm template | …) as long as it takes; the cluster gets a deadline.
      exitCode = opts.cluster === true ? await withDeadline(run, requestTimeoutMs()) : await run;
    });

  targetOptions(program.command('strace'))
    .description('trace the original entrypoint\'s system calls inside an override copy and quote the one that failed')
    .argument('[pod]', 'the original pod, NAME or NAMESPACE/NAME')
    .option('--copy <name>', 'the override copy to run it in (from `override`)')
    .option('-c, --container <name>', 'the container (default: the failing one)')
    .option('--timeout <seconds>', 'stop tracing after this long', intArg('--timeout', 1, 600), 30)
    .action(async (pod: string | undefined, opts) => {
      exitCode = await (await import('./strace-command.js')).runStrace({
        ...(pod ? { pod } : {}), ...pick(opts, ['namespace', 'context', 'kubeconfig', 'container', 'copy']), timeoutSeconds: opts.timeout, locale,
      });
    });

  const flows = program.command('flows').description('check and print the troubleshooting decision trees');
  flows
    .command('validate')
    .description('validate flow files (default: every shipped flow)')
    .argument('[file...]', 'flow files')
    .action(async (files: string[]) => {
      const options: FlowsOptions = { action: 'validate', files, locale };
      exitCode = await (await import('./flows-command.js')).runFlows(options);
    });
  flows
    .command('show')
    .description('print a flow as an indented outline')
    .argument('<flow>', 'a shipped flow id (crashloop, pod-not-starting) or a flow file')
    .action(async (flow: string) => {
      const options: FlowsOptions = { action: 'show', files: [], flow, locale };
      exitCode = await (await import('./flows-command.js')).runFlows(options);
    });

  const rules = program.command('rules').description('print the diagnosis decision rules in words');
  rules.command('list').description('every decision rule, in the order they are tried').action(async () => {
    exitCode = (await import('./rules-command.js')).runRules({ action: 'list', locale });
  });
  rules.command('explain').description('what one decision rule means and when it fires').argument('<id>', 'a rule id from `rules list`')
    .action(async (id: string) => {
      exitCode = (await import('./rules-command.js')).runRules({ action: 'explain', id, locale });
    });

  targetOptions(program.command('override'))
    .description('make a copy of the pod whose failing container stays alive (probes removed) and open a shell in it')
    .argument('[pod]', 'NAME or NAMESPACE/NAME')
    .option('-c, --container <name>', 'the container to keep alive (default: the failing one)')
    .option('--command <cmd>', 'keep-alive command (default: sleep infinity, with fallbacks)')
    .option('--same-node', 'pin the copy to the original pod\'s node')
    .option('--keep-init-containers', 'keep init containers in the copy (default, unless they are what fails)', true)
    .option('--no-keep-init-containers', 'drop init containers from the copy')
    .option('--dry-run', 'print the copy and the commands; create nothing')
    .option('-y, --yes', 'do not ask before creating or deleting (for scripts)')
    .option('--cleanup', 'delete every copy kubectl-crashcourse made of this pod')
    .addOption(new Option('--mode <mode>', 'run, or suggest: only print the commands').choices(['run', 'suggest']).default('run'))
    .addOption(outputOption(['text', 'json']))
    .action(async (pod: string | undefined, opts) => {
      const options: OverrideOptions = {
        ...(pod ? { pod } : {}),
        ...pick(opts, ['namespace', 'context', 'kubeconfig', 'container', 'command']),
        sameNode: Boolean(opts.sameNode),
        keepInitContainers: opts.keepInitContainers !== false,
        dryRun: Boolean(opts.dryRun),
        yes: Boolean(opts.yes),
        cleanup: Boolean(opts.cleanup),
        output: opts.output,
        mode: opts.mode,
        locale,
      };
      // Each request, credential plugin and the wait for the copy have their own limits: the whole override
      // also waits on a person typing yes, so it has no overall deadline.
      configureRequestTimeout(opts.requestTimeout);
      exitCode = await (await import('./override-command.js')).runOverride(options);
    });

  program
    .command('completion')
    .description('print a shell completion script (pod names come from the current context)')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', () => completionHelp(locale))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      exitCode = (await import('./completion-command.js')).printCompletionScript(shell);
    });

  program
    .command('alert-rules')
    .description('print Prometheus alert rules (restart rate, CrashLoopBackOff, OOM kills, pods not starting) that name the command to run')
    .option('--restarts <n>', 'alert when a container restarts more than N times within --window', intArg('--restarts', 1, 10_000), 3)
    .option('--window <duration>', 'the restart-rate window, a Prometheus duration', '4m')
    .option('--for <duration>', 'how long CrashLoopBackOff or a pod that cannot start lasts before it fires', '15m')
    .option('--runbook-url <url>', 'also set runbook_url to URL#<alert name>')
    .option('--name <name>', 'metadata.name of the PrometheusRule (-o crd)', 'kubectl-crashcourse')
    .addOption(new Option('-o, --output <format>', 'yaml: a rule file; crd: a PrometheusRule resource').choices(['yaml', 'crd']).default('yaml'))
    .action(async (opts) => {
      exitCode = (await import('./alert-rules-command.js')).runAlertRules({
        restarts: opts.restarts, window: opts.window, for: opts.for, output: opts.output, name: opts.name, locale,
        ...(opts.runbookUrl ? { runbookUrl: opts.runbookUrl } : {}),
      });
    });

  targetOptions(program.command('watch'))
    .description('watch pods and publish each workload\'s cause once as it starts failing: an Event on the pod, a JSON line, a webhook')
    .option('--in-cluster', 'use the Pod\'s ServiceAccount (when running as a Deployment)')
    .option('-l, --selector <labels>', 'only pods matching this label selector')
    .option('--reemit <duration>', 'publish a workload and cause again after this long if it still fails', '1h')
    .option('--log-reads <per-second>', 'at most this many log reads per second; the rest are gaps in the diagnosis', numberArg('--log-reads', 0.01), 2)
    .option('--no-logs', 'read no logs at all (a role without pods/log); diagnoses say the logs were not read')
    .option('--webhook <url>', 'also POST each result to this Slack-compatible webhook')
    .option('--dry-run', 'print JSON lines only; create no Events')
    .option('--metrics-address <host:port>', '/metrics, /healthz and /readyz here', '127.0.0.1:8080')
    .option('--alertmanager', 'serve an Alertmanager webhook receiver on /alertmanager that diagnoses the pods alerts name')
    .option('--leader-elect', 'with several replicas, only the holder of a Lease watches')
    .option('--lease-namespace <ns>', 'namespace of the Lease (default: the context\'s or the Pod\'s namespace)')
    .option('--lease-name <name>', 'name of the Lease', 'kubectl-crashcourse-watch')
    .action(async (opts) => {
      // Each request has its limit; the watch itself runs until it is stopped.
      configureRequestTimeout(opts.requestTimeout);
      exitCode = await (await import('./watch-command.js')).runWatch({
        ...pick(opts, ['namespace', 'context', 'kubeconfig', 'selector', 'webhook', 'leaseNamespace']),
        inCluster: Boolean(opts.inCluster), reemit: opts.reemit, logReads: opts.logReads, logs: opts.logs !== false,
        dryRun: Boolean(opts.dryRun), metricsAddress: opts.metricsAddress, alertmanager: Boolean(opts.alertmanager),
        leaderElect: Boolean(opts.leaderElect), leaseName: opts.leaseName, locale,
      });
    });

  const classroom = program.command('class').description('classroom: run a class file, report on its results, and trainer controls');
  for (const [action, arg, what] of [['run', '<class-file>', 'run the exercises of a class.yaml'], ['report', '<results-dir>', 'print the class table (Markdown) from result files']] as const) {
    classroom
      .command(action)
      .description(what)
      .argument(arg)
      .option('--lang <language>', 'en, zh-CN or ja (default: the class file, then LC_ALL, LANG)')
      .option('--trainee <name>', 'who takes the exercises (default: $USER)')
      .option('--speed <x>', 'run the training cluster\'s kubelet clock X times faster', numberArg('--speed', 0.01), 1)
      .option('--write-kubeconfig <file>', 'write the training cluster\'s kubeconfig here, for kubectl')
      .option('--no-color', 'no colours (also NO_COLOR)')
      .action(async (path: string, opts) => {
        const options = { action, path, ...pick(opts, ['lang', 'trainee', 'writeKubeconfig']), speed: opts.speed, color: noColor(opts) };
        exitCode = await (await import('./class-command.js')).runClass(options);
      });
  }

  for (const [action, what] of [['reveal', 'trainer: show the room the answer, its evidence and the shortest path'], ['reset', 'trainer: put a scenario\'s failing pod (or all: "all") back in the running training cluster'], ['inject', 'trainer: add a fresh failing copy of a scenario\'s pod to the running training cluster']] as const) {
    classroom
      .command(action)
      .description(what)
      .argument('<scenario>')
      .option('--lang <language>', 'en, zh-CN or ja (default: LC_ALL, LANG)')
      .option('--kubeconfig <file>', 'the training cluster\'s kubeconfig (from --write-kubeconfig)')
      .option('--name <pod>', 'inject: the new pod\'s name (default: the scenario pod\'s name and a suffix)')
      .action(async (scenario: string, opts) => {
        const options = { action, scenario, ...pick(opts, ['lang', 'kubeconfig', 'name']) };
        exitCode = await (await import('./trainer-command.js')).runTrainer(options);
      });
  }

  acceptLangEverywhere(program);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
    for (const sub of cmd.commands) sub.exitOverride().configureOutput(program.configureOutput());
  }

  if (locale !== 'en') {
    const help = await import('./localize-help.js');
    help.localizeHelp(program, locale);
    localCompletionHelp = help.completionHelp(locale);
  }
  if (inspect) {
    inspect(program);
    return 0;
  }

  // The shell's completion asks with the words typed so far; they are not a command line to parse.
  if (argv[0] === '__complete') return (await import('./completion-command.js')).runComplete(program, argv.slice(1));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    return reportError(err, debug, locale);
  }
}

/** The one place an error reaches the reader: one line, in their language, the stack only under --debug. */
async function reportError(err: unknown, debug: boolean, locale: Locale): Promise<number> {
  if (err instanceof CommanderError) {
    // --help and --version end here too, with exit code 0; commander already printed them.
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
  }
  if (locale === 'en' && err instanceof UserError) {
    process.stderr.write(`kubectl-crashcourse: ${sanitizeLine(err.message)}\n`);
    return err.exitCode;
  }
  const { errorLine } = await import('./error-line.js');
  const line = errorLine(err, locale, debug, rejectedArg);
  process.stderr.write(`kubectl-crashcourse: ${sanitizeLine(line)}\n`);
  if (debug && !(err instanceof UserError) && !(err instanceof CommanderError) && err instanceof Error && err.stack) process.stderr.write(`${sanitize(err.stack)}\n`);
  return err instanceof CommanderError ? 2 : err instanceof UserError ? err.exitCode : 1;
}

let localCompletionHelp = '';
const completionHelp = (locale: Locale): string =>
  locale === 'en'
    ? '\nLoad it: source <(kubectl-crashcourse completion bash), or put the output where your shell reads completions.\n`kubectl crashcourse <TAB>` completes through kubectl_complete-crashcourse, installed beside the plugin.'
    : `\n${localCompletionHelp}`;

function pick<K extends string>(opts: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = opts[k];
    if (typeof v === 'string' && v !== '') out[k] = v;
  }
  return out;
}
