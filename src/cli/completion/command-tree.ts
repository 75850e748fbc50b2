// The command line as completion sees it: commands, their options and positional arguments, read from the same
// commander program that parses argv, so completion can never offer a flag the parser would refuse.
import type { Command } from 'commander';

export interface OptionSpec {
  readonly names: readonly string[];
  readonly description: string;
  readonly takesValue: boolean;
  readonly choices?: readonly string[];
  /** What the value names, for options whose values come from somewhere we can list. */
  readonly valueKind?: ValueKind;
}

export type ValueKind = 'context' | 'namespace' | 'file' | 'container';

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly commands: readonly CommandSpec[];
  /** The first positional argument is a pod (NAME or NAMESPACE/NAME). */
  readonly takesPod: boolean;
  /** The first positional argument is one of these words. */
  readonly argChoices?: readonly string[];
}

const VALUE_KINDS: Readonly<Record<string, ValueKind>> = {
  '--context': 'context',
  '--namespace': 'namespace',
  '--kubeconfig': 'file',
  '--from': 'file',
  '--flow': 'file',
  '--scenarios': 'file',
  '--write-kubeconfig': 'file',
  '--container': 'container',
};

export function commandTree(cmd: Command): CommandSpec {
  const options: OptionSpec[] = cmd.options.map((o) => {
    const names = [o.long, o.short].filter((n): n is string => typeof n === 'string');
    const valueKind = o.long ? VALUE_KINDS[o.long] : undefined;
    return {
      names,
      description: o.description,
      takesValue: o.required || o.optional,
      ...(o.argChoices ? { choices: o.argChoices } : {}),
      ...(valueKind ? { valueKind } : {}),
    };
  });
  const first = cmd.registeredArguments[0];
  const takesPod = first?.name() === 'pod';
  return {
    name: cmd.name(),
    description: cmd.description(),
    options,
    commands: cmd.commands.filter((c) => !c.name().startsWith('_')).map(commandTree),
    takesPod,
    ...(first?.argChoices ? { argChoices: first.argChoices } : {}),
  };
}
