// Writes small scenario trees into a temp directory for loader tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempTree {
  readonly root: string;
  write(files: Readonly<Record<string, string | Buffer>>): string;
  cleanup(): void;
}

export function tempTree(): TempTree {
  const root = mkdtempSync(join(tmpdir(), 'crashcourse-scenario-'));
  return {
    root,
    write(files) {
      for (const [rel, text] of Object.entries(files)) {
        const path = join(root, rel);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
      return root;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export const POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: web-1
  uid: 0b7c5a52-1111-4222-a333-444455556666
  creationTimestamp: "2024-05-01T10:00:00Z"
spec:
  containers:
  - name: app
    image: nginx:1.25
  - name: sidecar
    image: busybox
status:
  phase: Running
  containerStatuses:
  - name: app
    ready: false
    restartCount: "4"
    state:
      waiting:
        reason: CrashLoopBackOff
    lastState:
      terminated:
        exitCode: 1
        startedAt: "2024-05-01T10:05:00Z"
        finishedAt: "2024-05-01T10:05:02Z"
`;
