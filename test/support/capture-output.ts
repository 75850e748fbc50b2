// What a command printed, for tests that call main() in-process: stdout and stderr are captured, not shown.
// Restore with vi.restoreAllMocks() after each test.
import { vi } from 'vitest';

export function captureOutput(): { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}
