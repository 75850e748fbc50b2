// Hands the terminal to `kubectl exec -it` (stdio inherited) and gets it back when the shell exits.
// Shells are tried in order; exit 126/127 from kubectl exec means that shell is not in the image.
import { spawn } from 'node:child_process';

export async function handOffTerminal(kubectlPath: string, argvs: readonly (readonly string[])[]): Promise<{ exitCode: number | null; argv?: readonly string[] }> {
  let last: number | null = null;
  for (const argv of argvs) {
    last = await new Promise<number | null>((resolve) => {
      const child = spawn(kubectlPath, argv.slice(1), { stdio: 'inherit', shell: false });
      child.on('error', () => resolve(null));
      child.on('close', (code) => resolve(code));
    });
    if (last !== 126 && last !== 127) return { exitCode: last, argv };
  }
  return { exitCode: last };
}
