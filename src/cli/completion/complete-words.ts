// What to offer for the word being typed, from the words before it: pure, so every shell (and kubectl's
// plugin completion) gets the same answer. Values that live in the cluster or the kubeconfig come back as a
// request for the caller to fill in.
import type { CommandSpec, OptionSpec, ValueKind } from './command-tree.js';

export interface Candidate {
  readonly value: string;
  readonly description?: string;
}

/** cobra's ShellCompDirective bits, which kubectl's plugin completion reads from our last line. */
export const DIRECTIVE = { default: 0, noSpace: 2, noFileComp: 4 } as const;

export type Completion =
  | { readonly kind: 'candidates'; readonly candidates: readonly Candidate[]; readonly directive: number }
  | { readonly kind: 'lookup'; readonly what: Exclude<ValueKind, 'file'> | 'pod'; readonly prefix: string; readonly flags: TargetWords; readonly also: readonly Candidate[] }
  | { readonly kind: 'files' };

/** The target flags already typed, so pod names come from the cluster the command would read. */
export interface TargetWords {
  readonly context?: string;
  readonly kubeconfig?: string;
  readonly namespace?: string;
}

export function completeWords(root: CommandSpec, words: readonly string[]): Completion {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  let cmd = root;
  const options: OptionSpec[] = [...root.options];
  const flags: { context?: string; kubeconfig?: string; namespace?: string } = {};
  let positionals = 0;
  let pending: OptionSpec | undefined;

  for (const word of before) {
    if (pending) {
      remember(flags, pending, word);
      pending = undefined;
      continue;
    }
    if (word.startsWith('-') && word !== '-') {
      const [name, inline] = splitInline(word);
      const opt = options.find((o) => o.names.includes(name));
      if (opt?.takesValue) {
        if (inline === undefined) pending = opt;
        else remember(flags, opt, inline);
      }
      continue;
    }
    const sub = positionals === 0 ? cmd.commands.find((c) => c.name === word) : undefined;
    if (sub) {
      cmd = sub;
      options.push(...sub.options);
      continue;
    }
    positionals += 1;
  }

  if (pending) return valueOf(pending, current, flags);
  if (current.startsWith('-')) {
    const [name, inline] = splitInline(current);
    const opt = inline !== undefined ? options.find((o) => o.names.includes(name)) : undefined;
    if (opt?.takesValue && inline !== undefined) {
      const inner = valueOf(opt, inline, flags);
      return inner.kind === 'candidates' ? { ...inner, candidates: inner.candidates.map((c) => ({ ...c, value: `${name}=${c.value}` })) } : inner;
    }
    const offered = options.flatMap((o) => o.names.filter((n) => n.startsWith('--')).map((n) => ({ value: n, description: o.description })));
    return candidates(offered, current, DIRECTIVE.noFileComp);
  }
  const subcommands = positionals === 0 ? cmd.commands.map((c) => ({ value: c.name, description: c.description })) : [];
  if (positionals === 0 && cmd.argChoices) return candidates([...subcommands, ...cmd.argChoices.map((value) => ({ value }))], current, DIRECTIVE.noFileComp);
  if (positionals === 0 && cmd.takesPod) return { kind: 'lookup', what: 'pod', prefix: current, flags, also: subcommands.filter((c) => c.value.startsWith(current)) };
  return candidates(subcommands, current, DIRECTIVE.noFileComp);
}

function valueOf(opt: OptionSpec, prefix: string, flags: TargetWords): Completion {
  if (opt.choices) return candidates(opt.choices.map((value) => ({ value })), prefix, DIRECTIVE.noFileComp);
  if (opt.valueKind === 'file') return { kind: 'files' };
  if (opt.valueKind) return { kind: 'lookup', what: opt.valueKind, prefix, flags, also: [] };
  return { kind: 'candidates', candidates: [], directive: DIRECTIVE.noFileComp };
}

function remember(flags: { context?: string; kubeconfig?: string; namespace?: string }, opt: OptionSpec, value: string): void {
  if (opt.valueKind === 'context') flags.context = value;
  else if (opt.names.includes('--kubeconfig')) flags.kubeconfig = value;
  else if (opt.valueKind === 'namespace') flags.namespace = value;
}

function splitInline(word: string): [string, string | undefined] {
  const eq = word.indexOf('=');
  return eq > 0 && word.startsWith('--') ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
}

export function candidates(all: readonly Candidate[], prefix: string, directive: number): Completion {
  return { kind: 'candidates', candidates: all.filter((c) => c.value.startsWith(prefix)), directive };
}
