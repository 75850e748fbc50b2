// A postStart/preStop exec hook calling a program the image does not hold: the hook exits 127 and the kubelet
// kills the container (postStart) on every start.
import { said } from '../finding-words.js';
import type { CheckRule } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

/** The program a hook runs: the first word, or the first word of the script after `sh -c`. */
export function hookProgram(command: readonly string[]): string | undefined {
  const [first, flag, script] = command;
  if (first && /(^|\/)(ba|da)?sh$/.test(first) && flag === '-c' && script) return script.trim().split(/\s+/)[0];
  return first;
}

// Shell builtins, and the few utilities every image with a shell carries: a catalogue of the image's programs
// may leave them out, and a hook script starting with one says nothing about the image.
const SHELL_WORDS = new Set(['sleep', 'echo', 'true', 'false', 'kill', 'exit', 'test', '[', 'printf', 'cd', 'exec', 'wait', 'trap', 'set', ':']);

export const hookCommandAbsent: CheckRule = {
  id: 'hook-command-not-in-image', cause: 'lifecycle-hook', severity: 'error', needs: 'image',
  description: 'a postStart or preStop exec hook runs a program the image does not contain',
  run: ({ template, facts }) => containersOf(template).flatMap(({ container: c, path }) => {
    const binaries = facts.images.get(c.image ?? '')?.binaries;
    if (!binaries) return [];
    return (['postStart', 'preStop'] as const).flatMap((hook) => {
      const program = hookProgram(c.lifecycle?.[hook]?.exec?.command ?? []);
      if (!program || program.startsWith('$') || SHELL_WORDS.has(program) || binaries.includes(program.split('/').at(-1)!) || binaries.includes(program)) return [];
      return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'lifecycle', hook, 'exec', 'command']),
        ...said('check.hookNotInImage', { container: c.name, hook, program, image: `${c.image}` }) }];
    });
  }),
};
