// What is left of a diagnosis's text once the verbatim parts are taken out (evidence, the kubelet's back-off
// message, quoted values, commands), and the English sentences in it: runs of three or more English words.
import type { Diagnosis } from '../../src/contracts/diagnosis.js';

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text a reader reads as ours: the rendering without what is quoted verbatim on purpose. */
export function ourWords(d: Pick<Diagnosis, 'evidence' | 'backoff'>, text: string): string {
  let out = flat(text);
  // Kubernetes' and the container's own text, as the analysis quoted it.
  for (const quoted of [...d.evidence.map((e) => e.text), d.backoff?.message ?? ''].filter(Boolean).sort((a, b) => b.length - a.length)) out = out.split(flat(quoted)).join(' ');
  return out
    // Quoted values and code: "…", “…”, 「…」, `…`.
    .replace(/"[^"]*"|“[^”]*”|「[^」]*」|`[^`]*`/g, ' ')
    // Commands, whether on a line of their own ($ …) or named in a sentence up to its punctuation.
    .replace(/\$ \S.*?(?= \d+\. |$)/g, ' ')
    .replace(/\b(?:kubectl(?:-crashcourse)?|docker)\b[^（）()、。，；：]*/g, ' ');
}

/** Runs of three or more English words (letters only: identifiers like SIGKILL／SIGTERM or 5m0s are not words). */
export function englishRuns(text: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const end = (): void => {
    if (run.length >= 3) runs.push(run.join(' '));
    run = [];
  };
  for (const token of text.split(/[\s、。，；：（）()]+/)) {
    if (/^[A-Za-z][a-z]*'?[a-z]*[,.;:]?$/.test(token) && /[a-z]/.test(token)) run.push(token);
    else end();
  }
  end();
  return runs;
}

