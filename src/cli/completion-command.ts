// `completion SHELL` prints a script; `__complete WORDS…` (hidden; also what kubectl_complete-crashcourse runs
// for `kubectl crashcourse <TAB>`) prints what to offer. Cluster look-ups are bounded: a slow or unreachable
// cluster costs the shell at most COMPLETION_DEADLINE_MS and offers nothing, never an error on the prompt.
import type { Command } from 'commander';
import { commandTree } from './completion/command-tree.js';
import { completeWords, DIRECTIVE, type Candidate, type TargetWords } from './completion/complete-words.js';
import { COMPLETION_SCRIPTS, type Shell } from './completion/completion-scripts.js';
import { sanitize } from '../text/sanitize.js';

export const COMPLETION_DEADLINE_MS = 2_000;

export function printCompletionScript(shell: Shell): number {
  process.stdout.write(COMPLETION_SCRIPTS[shell]);
  return 0;
}

export async function runComplete(program: Command, words: readonly string[]): Promise<number> {
  const answer = completeWords(commandTree(program), words.length ? words : ['']);
  let lines: readonly Candidate[] = [];
  let directive: number = DIRECTIVE.noFileComp;
  if (answer.kind === 'candidates') {
    lines = answer.candidates;
    directive = answer.directive;
  } else if (answer.kind === 'files') {
    directive = DIRECTIVE.default;
  } else {
    const found = await withDeadline(lookup(answer.what, answer.prefix, answer.flags), COMPLETION_DEADLINE_MS).catch(() => []);
    lines = [...answer.also, ...found.filter((c) => c.value.startsWith(answer.prefix))];
  }
  process.stdout.write(lines.map((c) => (c.description ? `${c.value}\t${oneLine(c.description)}` : c.value)).concat(`:${directive}`).join('\n') + '\n');
  return 0;
}

async function lookup(what: 'context' | 'namespace' | 'container' | 'pod', prefix: string, flags: TargetWords): Promise<readonly Candidate[]> {
  const target = { ...(flags.kubeconfig ? { kubeconfig: flags.kubeconfig } : {}), ...(flags.context ? { context: flags.context } : {}) };
  if (what === 'context') {
    const { kubeconfigFiles, readKubeconfigFile } = await import('../target/index.js');
    const files = kubeconfigFiles(flags.kubeconfig).files.map(readKubeconfigFile);
    return [...new Set(files.flatMap((f) => f.contexts.map((c) => c.name)))].filter((n) => oneLine(n) === n && !/\s/.test(n)).map((value) => ({ value }));
  }
  if (what === 'container') return [];
  const { openLiveReader } = await import('../cluster/index.js');
  const { isDns1123Label, isDns1123Subdomain } = await import('../target/index.js');
  const live = await openLiveReader({ ...target, ...(flags.namespace ? { namespace: flags.namespace } : {}) });
  if (what === 'namespace') {
    const list = await live.reader.listObjects('Namespace', undefined, { limit: 500 });
    return list.items.map((n) => n.metadata.name).filter(isDns1123Label).map((value) => ({ value }));
  }
  // NAMESPACE/NAME completes within the typed namespace; a bare word, within -n or the context's namespace.
  const slash = prefix.indexOf('/');
  const namespace = slash > 0 ? prefix.slice(0, slash) : live.namespace;
  const pods = await live.reader.listPods(namespace, { limit: 500 });
  // A name that is not a valid pod name came from a server we should not trust with the shell's prompt.
  return pods.items.filter((p) => isDns1123Subdomain(p.metadata.name)).map((p) => ({ value: slash > 0 ? `${namespace}/${p.metadata.name}` : p.metadata.name, description: podPhase(p) }));
}

function podPhase(p: { status?: { phase?: string; containerStatuses?: readonly { state?: { waiting?: { reason?: string } } }[] } }): string {
  return sanitize(p.status?.containerStatuses?.map((c) => c.state?.waiting?.reason).find(Boolean) ?? p.status?.phase ?? '');
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('completion deadline')), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

// A tab or newline would break the line protocol; names from the cluster are untrusted text.
const oneLine = (s: string): string => s.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').trim();
