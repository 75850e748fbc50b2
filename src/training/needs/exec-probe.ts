// An exec probe run against what the simulated container holds: `cat F`, `test -f F`, `[ -e F ]`, `ls F`,
// `stat F` pass when F exists (an image file, a mounted file, or one the container's own command creates);
// any other command is taken to pass.
import type { Container, Pod } from '../../k8s/index.js';
import { fileProvided } from './mounts.js';
import type { World } from './world.js';

/** Files a `sh -c` command line creates: `touch F`, `> F`, `>> F`. */
export function createdFiles(argv: readonly string[]): string[] {
  const script = argv.join(' ');
  const out: string[] = [];
  for (const m of script.matchAll(/\btouch\s+((?:\/[^\s;&|]+\s*)+)/g)) out.push(...m[1]!.trim().split(/\s+/));
  for (const m of script.matchAll(/>>?\s*(\/[^\s;&|]+)/g)) if (m[1] !== '/dev/null') out.push(m[1]!);
  return out;
}

function probedFile(command: readonly string[]): string | undefined {
  let argv = [...command];
  if (['sh', 'bash', '/bin/sh', '/bin/bash'].includes(argv[0] ?? '') && argv[1] === '-c') argv = (argv[2] ?? '').trim().split(/\s+/);
  const [exe, ...rest] = argv;
  const base = (exe ?? '').split('/').pop();
  const file = rest.filter((a) => a.startsWith('/')).pop();
  if (!file) return undefined;
  if (base === 'cat' || base === 'ls' || base === 'stat' || base === 'test' || base === '[') return file;
  return undefined;
}

export function execProbePasses(pod: Pod, container: Container, command: readonly string[], imageFiles: readonly string[], world: World): boolean {
  const file = probedFile(command);
  if (!file) return true;
  if (imageFiles.includes(file)) return true;
  const argv = [...(container.command ?? []), ...(container.args ?? [])];
  if (createdFiles(argv).includes(file)) return true;
  return fileProvided(pod, container, file, world) === true;
}
