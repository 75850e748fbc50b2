// The `images:` key of scenario.yaml: what each scenario image runs, for the training registry to serve.
// Parsed once here so the registry and anyone else see one typed shape.
import { UserError } from '../../errors.js';
import { userError } from '../../i18n/user-error.js';
import { atError } from '../../scenario/file-error.js';
import type { Scenario } from '../../contracts/scenario.js';

export interface TrainingImage {
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly workingDir?: string;
  readonly user?: string;
  readonly env?: readonly string[];
  /** Path of the image's shell, or null for an image without one (distroless). */
  readonly shell?: string | null;
  /** Programs the image has (sleep, tail…), when the scenario says. */
  readonly binaries?: readonly string[];
  /** Absent: all architectures. Two or more make a multi-arch index; exactly one a single manifest. */
  readonly architectures?: readonly string[];
  /** "token": the registry answers 401 until the client fetches an anonymous bearer token; the default for docker.io images, as on Docker Hub. */
  readonly auth?: 'none' | 'token';
}

const strings = (v: unknown, what: string): readonly string[] | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
  throw userError('scenario.training.imageStrings', { key: what });
};
const text = (v: unknown, what: string): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw userError('scenario.training.imageString', { key: what });
  return v;
};

export function parseTrainingImages(value: unknown, where: string): Record<string, TrainingImage> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw atError(where, `${where}: images must be a map from image reference to its config`, { key: 'scenario.training.imagesNotMap' });
  }
  const out: Record<string, TrainingImage> = {};
  for (const [ref, raw] of Object.entries(value as Record<string, unknown>)) {
    try {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw userError('scenario.training.imageNotMap');
      const r = raw as Record<string, unknown>;
      const auth = r['auth'];
      if (auth !== undefined && auth !== 'none' && auth !== 'token') throw userError('scenario.training.imageAuth');
      const image: TrainingImage = {
        ...opt('entrypoint', strings(r['entrypoint'], 'entrypoint')),
        ...opt('cmd', strings(r['cmd'], 'cmd')),
        ...opt('workingDir', text(r['workingDir'], 'workingDir')),
        ...opt('user', text(r['user'], 'user')),
        ...opt('env', strings(r['env'], 'env')),
        ...(r['shell'] === null || r['shell'] === false ? { shell: null } : opt('shell', text(r['shell'] === true ? '/bin/sh' : r['shell'], 'shell'))),
        ...opt('binaries', strings(r['binaries'], 'binaries')),
        ...opt('architectures', strings(r['architectures'], 'architectures')),
        ...(auth ? { auth } : {}),
      };
      out[ref] = image;
    } catch (err) {
      // Each reason above is a catalog message; anything else is a bug, not the file's fault.
      if (!(err instanceof UserError && err.ref)) throw err;
      throw atError(where, `${where}: images["${ref}"]: ${err.message}`, { key: 'scenario.training.image', values: { ref }, detail: err.ref });
    }
  }
  return out;
}

/** Every image of every scenario; the first scenario to describe an image wins. */
export function imagesOfScenarios(scenarios: readonly Scenario[]): Record<string, TrainingImage> {
  const all: Record<string, TrainingImage> = {};
  for (const s of scenarios) {
    const images = parseTrainingImages(s.meta['images'], `${s.dir}/scenario.yaml`);
    for (const [ref, image] of Object.entries(images)) if (!(ref in all)) all[ref] = image;
  }
  return all;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
