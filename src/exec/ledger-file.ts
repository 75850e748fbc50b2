// This machine's record of the copies override made, kept on disk so a later `override --cleanup` can find them
// by name when the cluster will not let us list pods (finding by label needs list). One JSON file, written
// whole through a temp file; entries are forgotten once deleted.
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

export interface RecordedCopy {
  readonly server: string;
  readonly namespace: string;
  readonly name: string;
  readonly source: string;
  readonly createdAt: string;
}

export interface LedgerStore {
  record(namespace: string, name: string): Promise<void>;
  forget(namespace: string, name: string): Promise<void>;
}

export function ledgerFile(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env['KUBECTL_CRASHCOURSE_STATE_DIR'] || join(env['XDG_STATE_HOME'] || join(env['HOME'] || homedir(), '.local', 'state'), 'kubectl-crashcourse');
  return join(dir, 'copies.json');
}

export function readRecordedCopies(file = ledgerFile()): RecordedCopy[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter(isRecordedCopy) : [];
  } catch {
    // No record yet, or one we cannot read: cleanup then relies on listing by label alone.
    return [];
  }
}

/** A store for the copies of one source pod on one API server. */
export function fileLedgerStore(server: string, source: string, file = ledgerFile()): LedgerStore {
  const save = async (entries: readonly RecordedCopy[]): Promise<void> => {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, `${JSON.stringify(entries, null, 2)}\n`, { overwrite: true, mode: 0o600, what: 'the record of created copies' });
  };
  // One write at a time: a record and its forget can follow each other within milliseconds.
  let chain: Promise<void> = Promise.resolve();
  const queued = (write: () => Promise<void>): Promise<void> => (chain = chain.then(write, write));
  const others = (namespace: string, name: string) => readRecordedCopies(file).filter((c) => !(c.server === server && c.namespace === namespace && c.name === name));
  return {
    record: (namespace, name) => queued(() => save([...others(namespace, name), { server, namespace, name, source, createdAt: new Date().toISOString() }])),
    forget: (namespace, name) => queued(() => save(others(namespace, name))),
  };
}

function isRecordedCopy(v: unknown): v is RecordedCopy {
  const c = v as Partial<RecordedCopy> | null;
  return typeof c === 'object' && c !== null && [c.server, c.namespace, c.name, c.source].every((s) => typeof s === 'string');
}
