// The English a person reads on a screen: runs of three or more English words (englishRuns) on each line, once
// the verbatim parts are taken out — commands (`$ …`, kubectl …), quoted values, and any run that appears as
// it is in the untrusted text the screen quotes (container logs, events, statuses, command output: the corpus).
import { englishRuns } from './english-runs.js';

const QUOTED = /"[^"]*"|“[^”]*”|「[^」]*」|`[^`]*`/g;
/** Words only, one space apart, quoted parts out: how a run is written, so any run of the text is a substring. */
const flat = (s: string): string => s.replace(QUOTED, ' ').split(/[\s、。，；：（）()]+/).join(' ');

/** Every string inside a value (evidence, runs, quotes), whitespace flattened, as one searchable text. */
export function corpusOf(...values: unknown[]): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(flat(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  values.forEach(walk);
  return out.join('\n');
}

/** The English runs of one screen line that are ours (not in the corpus, not a command, not a quoted value). */
export function ourEnglishRuns(line: string, corpus: string): string[] {
  const text = line
    .replace(/[│║╭╮╰╯─═╔╗╚╝▶›•▏]/g, ' ')
    .replace(/\$ .*/, ' ')
    .replace(/\b(?:kubectl(?:-crashcourse)?)\b.*/, ' ')
    .replace(QUOTED, ' ')
    // A quote wrapped over two lines leaves one mark: the quoted side is the one not followed by our own words.
    .replace(/^[^"]*"(?=\s*[^\sA-Za-z])|"[^"]*$/, ' ');
  // Table cells (two or more spaces apart) are read one by one: a row joins a type, a reason and a message.
  return text
    .split(/ {2,}/)
    .flatMap(englishRuns)
    // Only Capitalised words (BackOff reasons listed: Scheduled, Pulled, Created) name things; a sentence has lower case.
    .filter((run) => /(?:^|\s)[a-z]/.test(run))
    .filter((run) => !corpus.includes(run));
}
