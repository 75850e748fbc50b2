// Writes a red-herring variant of a scenario as a scenario folder of its own, which the training cluster and the
// offline reader then load like any other: a copy of the scenario, its object files that hold a replaced object
// rewritten, the added objects in red-herring.yaml and the variant's logs in the scenario's log layout.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { chooseRedHerring, type HerringEdit, type HerringInput, type RedHerringKind } from '../classroom/index.js';
import { misleadingReading } from '../classroom/index.js';
import { isCauseId } from '../contracts/causes.js';
import type { KubeObject, Pod } from '../k8s/index.js';
import type { Scenario } from '../scenario/index.js';
import { readObjectFile } from '../scenario/object-file.js';

const OBJECT_FILE = /\.(ya?ml|json)$/i;
const keyOf = (o: KubeObject): string => `${o.kind ?? ''}/${o.metadata.namespace ?? 'default'}/${o.metadata.name}`;
const yamlDocs = (objects: readonly KubeObject[]): string => objects.map((o) => stringify(o)).join('---\n');

/** What a variant reads from a loaded scenario; undefined when the scenario names no pod it holds. */
export async function herringInput(s: Scenario): Promise<HerringInput | undefined> {
  const [namespace, name] = (s.meta.pod ?? '').split('/');
  const pod = s.objects.find((o): o is Pod => o.kind === 'Pod' && o.metadata.name === name && (o.metadata.namespace ?? 'default') === namespace);
  if (!pod) return undefined;
  const texts = new Map<string, string>();
  for (const l of s.logs.filter((l) => l.namespace === namespace && l.pod === name)) {
    const bytes = await readFile(l.path);
    texts.set(`${l.container}/${l.previous}`, bytes.subarray(l.offset ?? 0, (l.offset ?? 0) + l.size).toString('utf8'));
  }
  const exit = pod.status?.containerStatuses?.map((c) => (c.lastState?.terminated ?? c.state?.terminated)?.exitCode).find((x) => x !== undefined) ?? null;
  const accepted = [s.meta.cause, ...(s.meta.also ?? [])].filter((c): c is NonNullable<typeof c> => typeof c === 'string' && isCauseId(c));
  return { pod, objects: s.objects, misleading: misleadingReading(exit, accepted), accepted, recordedAt: s.recordedAt, log: (c, previous) => texts.get(`${c}/${previous}`) };
}

export async function writeVariant(s: Scenario, pod: Pod, edit: HerringEdit, into: string): Promise<void> {
  await cp(s.dir, into, { recursive: true });
  const replaced = new Map(edit.replace.map((o) => [keyOf(o), o] as const));
  for (const file of (await readdir(into)).filter((f) => OBJECT_FILE.test(f) && !/^scenario\.ya?ml$/.test(f))) {
    const path = join(into, file);
    const objects = readObjectFile(path, await readFile(path, 'utf8')).map((l) => l.object);
    if (!objects.some((o) => replaced.has(keyOf(o)))) continue;
    await rm(path);
    await writeFile(join(into, `${file.replace(OBJECT_FILE, '')}.red-herring.yaml`), yamlDocs(objects.map((o) => replaced.get(keyOf(o)) ?? o)));
  }
  if (edit.add.length) await writeFile(join(into, 'red-herring.yaml'), yamlDocs(edit.add));
  for (const log of edit.logs) {
    const path = join(into, 'logs', pod.metadata.namespace ?? 'default', pod.metadata.name, `${log.container}${log.previous ? '.previous' : ''}.log`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, log.text);
  }
}

/** The variant a scenario gets among the wanted kinds, written under `into`; undefined when none fits. */
export async function writeRedHerring(s: Scenario, wanted: readonly RedHerringKind[], seed: number, into: string): Promise<RedHerringKind | undefined> {
  const input = await herringInput(s);
  const herring = input ? chooseRedHerring(wanted, input, seed) : undefined;
  if (!input || !herring) return undefined;
  await writeVariant(s, input.pod, herring.apply(input), into);
  return herring.kind;
}
