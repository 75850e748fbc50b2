// argv → command. The one place that knows every command and flag; each command's work is imported lazily
// so `diagnose` never loads Ink and `--help` loads nothing at all.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UserError } from '../errors.js';
import { closeCommandName } from './close-command.js';
import type { DiagnoseOptions, FlowsOptions, OverrideOptions, ScanOptions, TrainingClusterOptions, WizardOptions } from './options.js';
import { VERSION } from './version.js';

const COMMANDS = ['training-cluster', 'diagnose', 'scan', 'flows', 'override', 'class', 'help'];

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const intArg = (name: string, min: number, max: number) => (value: string): number => {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw new InvalidArgumentError(`${name} must be between ${min} and ${max}`);
  return n;
};
const numberArg = (name: string, min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new InvalidArgumentError(`${name} must be a number ≥ ${min}`);
  return n;
};

const noColor = (opts: { color?: boolean }): boolean => opts.color !== false && !process.env['NO_COLOR'];

function targetOptions(cmd: Command): Command {
  return cmd
    .option('-n, --namespace <ns>', 'namespace (default: the context\'s namespace, else "default")')
    .option('--context <name>', 'kubeconfig context to use (default: current-context)')
    .option('--kubeconfig <file>', 'kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)');
}

function outputOption(choices: string[]): Option {
  return new Option('-o, --output <format>', 'output format').choices(choices).default('text');
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const program = new Command('kubectl-crashcourse');
  program
    .description('Walks you from a pod in CrashLoopBackOff to its root cause and the fix.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'print stack traces of internal errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `kubectl-crashcourse: ${s.slice(7)}` : s),
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
    .option('--lang <language>', 'en, zh-CN or ja: the exercise, and the flow text of the wizard (default: LC_ALL, LANG)')
    .option('--trainee <name>', 'with --exercise: who takes it (default: $USER)')
    .option('--results <dir>', 'with --exercise: where result files go', 'results')
    .option('--speed <x>', 'with --exercise: run the training cluster\'s kubelet clock X times faster', numberArg('--speed', 0.01), 1)
    .option('--seed <n>', 'with --exercise: seed for random draws and option order', intArg('--seed', 0, 2 ** 31 - 1))
    .option('--write-kubeconfig <file>', 'with --exercise: write the training cluster\'s kubeconfig here, for kubectl')
    .option('--red-herring', 'with --exercise: add a stale warning event that matches the usual guess')
    .action(async (pod: string | undefined, opts) => {
      if (opts.exercise !== undefined) {
        if (pod) throw new UserError('--exercise takes a scenario name, not a pod', 2);
        const exercise = await import('./exercise-command.js');
        exitCode = await exercise.runExerciseCommand({
          scenario: opts.exercise === true ? 'random' : opts.exercise,
          ...pick(opts, ['lang', 'trainee', 'writeKubeconfig']),
          results: opts.results,
          speed: opts.speed,
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
          limitMinutes: 15,
          redHerrings: Boolean(opts.redHerring),
          color: noColor(opts),
        });
        return;
      }
      const close = pod ? closeCommandName(pod, COMMANDS) : undefined;
      if (close && !pod?.includes('/')) throw new UserError(`unknown command '${pod}' (did you mean '${close}'?)`, 2);
      const options: WizardOptions = {
        ...(pod ? { pod } : {}),
        ...pick(opts, ['namespace', 'context', 'kubeconfig', 'flow', 'lang']),
        training: Boolean(opts.training),
        scenarios: opts.scenarios,
        mode: opts.mode,
        readOnly: Boolean(opts.readOnly),
        color: noColor(opts),
      };
      exitCode = await (await import('./wizard-command.js')).runWizard(options);
    });

  program
    .command('training-cluster')
    .description('serve the Kubernetes API on 127.0.0.1, played from scenario files, for kubectl and the wizard')
    .option('--scenarios <dir>', 'serve the scenarios in DIR (one, or one per subfolder); repeatable (default: the built-in ones)', collect, [])
    .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', intArg('--port', 0, 65535), 0)
    .option('--write-kubeconfig <file>', 'write a kubeconfig for the cluster here')
    .option('--latency <ms>', 'delay every response by MS', intArg('--latency', 0, 60_000), 0)
    .option('--synthetic-pods <n>', 'add N generated pods across ~50 namespaces', intArg('--synthetic-pods', 0, 1_000_000), 0)
    .option('--static', 'freeze the pods: no simulated kubelet')
    .option('--speed <x>', 'run the simulated kubelet clock X times faster', numberArg('--speed', 0.01), 1)
    .option('--forbid <verb:resource,...>', 'answer 403 for these, e.g. get:pods/log,create:pods (repeatable)', collect, [])
    .option('--list', 'list the scenarios that would be served and exit')
    .addOption(outputOption(['text', 'json']))
    .action(async (opts) => {
      const options: TrainingClusterOptions = {
        scenarios: opts.scenarios,
        port: opts.port,
        ...(opts.writeKubeconfig ? { writeKubeconfig: opts.writeKubeconfig } : {}),
        latency: opts.latency,
        syntheticPods: opts.syntheticPods,
        static: Boolean(opts.static),
        speed: opts.speed,
        forbid: (opts.forbid as string[]).flatMap((f) => f.split(',')).map((f) => f.trim()).filter(Boolean),
        list: Boolean(opts.list),
        output: opts.output,
      };
      exitCode = await (await import('./training-cluster-command.js')).runTrainingCluster(options);
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
    .option('--no-color', 'no colours (also NO_COLOR)')
    .action(async (pod: string | undefined, opts) => {
      const options: DiagnoseOptions = {
        ...(pod ? { pod } : {}),
        ...pick(opts, ['namespace', 'context', 'kubeconfig', 'container', 'from', 'flow']),
        output: opts.output,
        tailLines: opts.tailLines,
        limitBytes: opts.limitBytes,
        color: noColor(opts),
      };
      exitCode = await (await import('./diagnose-command.js')).runDiagnose(options);
    });

  targetOptions(program.command('scan'))
    .description('list every failing pod with its one-line cause, worst first')
    .option('-A, --all-namespaces', 'scan every namespace')
    .addOption(outputOption(['text', 'json']))
    .option('--from <dir>', 'offline: read scenario directories or a cluster-info dump tree')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .action(async (opts) => {
      const options: ScanOptions = {
        ...pick(opts, ['namespace', 'context', 'kubeconfig', 'from']),
        allNamespaces: Boolean(opts.allNamespaces),
        output: opts.output,
        color: noColor(opts),
      };
      exitCode = await (await import('./scan-command.js')).runScan(options);
    });

  const flows = program.command('flows').description('check and print the troubleshooting decision trees');
  flows
    .command('validate')
    .description('validate flow files (default: every shipped flow)')
    .argument('[file...]', 'flow files')
    .action(async (files: string[]) => {
      const options: FlowsOptions = { action: 'validate', files };
      exitCode = await (await import('./flows-command.js')).runFlows(options);
    });
  flows
    .command('show')
    .description('print a flow as an indented outline')
    .argument('<flow>', 'a shipped flow id (crashloop, pod-not-starting) or a flow file')
    .action(async (flow: string) => {
      const options: FlowsOptions = { action: 'show', files: [], flow };
      exitCode = await (await import('./flows-command.js')).runFlows(options);
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
      };
      exitCode = await (await import('./override-command.js')).runOverride(options);
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

  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
    for (const sub of cmd.commands) sub.exitOverride().configureOutput(program.configureOutput());
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    return reportError(err, debug);
  }
}

function reportError(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) {
    // --help and --version end here too, with exit code 0; commander already printed them.
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    return 2;
  }
  if (err instanceof UserError) {
    process.stderr.write(`kubectl-crashcourse: ${oneLine(err.message)}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`kubectl-crashcourse: internal error: ${oneLine(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 1;
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, '; ').trim();

function pick<K extends string>(opts: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = opts[k];
    if (typeof v === 'string' && v !== '') out[k] = v;
  }
  return out;
}
