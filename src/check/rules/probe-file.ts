// An exec liveness probe that reads a file nothing in the container ever creates: it fails from the first
// try and the kubelet kills a healthy process every few seconds. Foreseeable only when the whole process is
// visible: the program the container runs (spec, else the image config) is a shell script or a program that
// creates no files, none of it names the file or redirects output, no volume is mounted over it and no hook
// runs. An opaque binary (nginx, java) may write anything, so the rule stays silent on it.
import type { Container } from '../../k8s/index.js';
import { said } from '../finding-words.js';
import type { CheckRule, ImageFacts } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

// Programs that create no file of their own, and shell keywords that run nothing themselves.
const INERT = new Set(['sleep', 'echo', 'true', 'false', ':', 'wait', 'printf', 'tail', 'pause', 'trap']);
const KEYWORDS = new Set(['exec', 'while', 'until', 'do', 'done', 'then', 'fi', 'if', 'else', '!', '{', '}']);
const SHELL = /(^|\/)(ba|da|a)?sh$/;
// Probe commands that only succeed when the file exists: cat P, test -f P, [ -e P ], ls P, stat P, head P.
const READS = /^(?:cat|ls|stat|head|tail|test\s+-[efsr]|\[\s+-[efsr])\s+(\/[^\s;&|]+)/;

const base = (w: string): string => w.split('/').at(-1) ?? w;

/** The file the probe needs, when the probe is one of the reading forms above. */
export function probedFile(command: readonly string[]): string | undefined {
  const [first, flag, script] = command;
  if (!first) return undefined;
  const text = SHELL.test(first) && flag === '-c' && script ? script.trim() : [base(first), ...command.slice(1)].join(' ');
  return READS.exec(text)?.[1];
}

/** The container's process argv by Kubernetes' rules; undefined when the image config it depends on is unknown. */
function processOf(c: Container, image: ImageFacts | undefined): readonly string[] | undefined {
  if (c.command?.length) return [...c.command, ...(c.args ?? [])];
  if (!image) return undefined;
  return [...(image.entrypoint ?? []), ...(c.args ?? image.cmd ?? [])];
}

/** True when every command the process runs is known to create no file, and nothing redirects output. */
function createsNoFiles(argv: readonly string[]): boolean {
  const [first, flag, script] = argv;
  if (!first || argv.some((a) => /[<>]/.test(a))) return false;
  const parts = SHELL.test(first) && flag === '-c' && script !== undefined ? script.split(/[;&|\n()`]+|\$\(/) : [argv.join(' ')];
  return parts.every((part) => {
    const word = part.trim().split(/\s+/).find((w) => w !== '' && !KEYWORDS.has(w));
    return word === undefined || INERT.has(base(word));
  });
}

export const livenessFileNeverCreated: CheckRule = {
  id: 'liveness-file-never-created', cause: 'liveness-probe', severity: 'error', needs: 'image',
  description: 'an exec liveness probe reads a file that nothing the container runs ever creates',
  run: ({ template, facts }) => containersOf(template).flatMap(({ container: c, path, init }) => {
    const file = init ? undefined : probedFile(c.livenessProbe?.exec?.command ?? []);
    const argv = file ? processOf(c, facts.images.get(c.image ?? '')) : undefined;
    if (!file || !argv || !createsNoFiles(argv) || argv.some((a) => a.includes(file)) || c.lifecycle?.postStart) return [];
    const under = (c.volumeMounts ?? []).find((m) => file === m.mountPath || file.startsWith(`${m.mountPath.replace(/\/$/, '')}/`));
    if (under) return [];
    return [{
      object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'livenessProbe', 'exec', 'command']),
      ...said('check.livenessFileNeverCreated', { container: c.name, file, process: JSON.stringify(argv.join(' ')),
        seconds: String((c.livenessProbe?.periodSeconds ?? 10) * (c.livenessProbe?.failureThreshold ?? 3)) }),
    }];
  }),
};
