// The optional `images:` map of scenario.yaml: what each image's config says (entrypoint, cmd, shell…),
// so the training registry and the fake shell can answer as the real image would.
import type { ScenarioImage } from '../contracts/scenario.js';
import { fileError } from './file-error.js';
import type { ValuePath } from './parse-documents.js';
import { isRecord } from './record.js';

const ARCHITECTURES = new Set(['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le']);
const LIST_KEYS = ['entrypoint', 'cmd', 'env', 'binaries', 'architectures'] as const;
const defined = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]?: V }));
const STRING_KEYS = ['workingDir', 'user'] as const;
const KNOWN = new Set<string>([...LIST_KEYS, ...STRING_KEYS, 'shell']);

export function parseImages(file: string, value: unknown, lineOf: (path: ValuePath) => number | undefined): Record<string, ScenarioImage> {
  if (!isRecord(value)) throw fileError(file, lineOf(['images']), 'scenario.images.notMap');
  const out: Record<string, ScenarioImage> = {};
  for (const [ref, config] of Object.entries(value)) {
    const at = (key?: string): number | undefined => lineOf(key ? ['images', ref, key] : ['images', ref]);
    if (!isRecord(config)) throw fileError(file, at(), 'scenario.images.entryNotMap', { ref, keys: 'entrypoint, cmd, shell' });
    const unknown = Object.keys(config).find((key) => !KNOWN.has(key));
    if (unknown) throw fileError(file, at(unknown), 'scenario.images.unknownKey', { ref, key: unknown, known: [...KNOWN].join(', ') });
    if (typeof config.shell !== 'boolean') throw fileError(file, at('shell') ?? at(), 'scenario.images.shell', { ref });
    const list = (key: (typeof LIST_KEYS)[number]): readonly string[] | undefined => {
      const value = config[key];
      if (value === undefined) return undefined;
      if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
        throw fileError(file, at(key), 'scenario.images.notList', { ref, key });
      }
      return value;
    };
    const text = (key: (typeof STRING_KEYS)[number]): string | undefined => {
      const value = config[key];
      if (value !== undefined && typeof value !== 'string') throw fileError(file, at(key), 'scenario.images.notString', { ref, key });
      return value;
    };
    const image: ScenarioImage = {
      shell: config.shell,
      ...defined('entrypoint', list('entrypoint')),
      ...defined('cmd', list('cmd')),
      ...defined('workingDir', text('workingDir')),
      ...defined('user', text('user')),
      ...defined('env', list('env')),
      ...defined('binaries', list('binaries')),
      ...defined('architectures', list('architectures')),
    };
    const badArch = image.architectures?.find((arch) => !ARCHITECTURES.has(arch));
    if (badArch) throw fileError(file, at('architectures'), 'scenario.images.architecture', { ref, arch: badArch });
    const badEnv = image.env?.find((entry) => !/^[^=]+=/.test(entry));
    if (badEnv !== undefined) throw fileError(file, at('env'), 'scenario.images.env', { ref, entry: badEnv });
    out[ref] = image;
  }
  return out;
}
