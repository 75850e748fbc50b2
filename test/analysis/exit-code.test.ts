import { describe, expect, it } from 'vitest';
import { exitCodeMeaning, normalizeExitCode, signalName } from '../../src/analysis/exit-code.js';

describe('normalizeExitCode', () => {
  it.each([
    [0, 0], [1, 1], [255, 255], [256, 0], [257, 1], [300, 44], [1000, 232],
    [-1, 255], [-2, 254], [-255, 1], [-256, 0], [-257, 255], [-300, 212],
  ])('shows a requested exit code %i as %i', (requested, shown) => {
    expect(normalizeExitCode(requested)).toBe(shown);
  });
});

describe('exitCodeMeaning', () => {
  it('reads 0 as a normal exit', () => {
    expect(exitCodeMeaning(0)).toMatchObject({ code: 0, kind: 'success' });
  });

  it.each([1, 3, 42, 100, 125])('reads %i as the program\'s own choice', (code) => {
    expect(exitCodeMeaning(code)).toMatchObject({ code, kind: 'program' });
    expect(exitCodeMeaning(code).signal).toBeUndefined();
  });

  it('reads 126 as not executable, 127 as not found and 128 as a failed start', () => {
    expect(exitCodeMeaning(126).kind).toBe('not-executable');
    expect(exitCodeMeaning(127).kind).toBe('not-found');
    expect(exitCodeMeaning(128).kind).toBe('start-failed');
  });

  const signals: [number, string][] = [
    [129, 'SIGHUP'], [130, 'SIGINT'], [131, 'SIGQUIT'], [132, 'SIGILL'], [133, 'SIGTRAP'], [134, 'SIGABRT'], [135, 'SIGBUS'],
    [136, 'SIGFPE'], [137, 'SIGKILL'], [138, 'SIGUSR1'], [139, 'SIGSEGV'], [140, 'SIGUSR2'], [141, 'SIGPIPE'], [142, 'SIGALRM'],
    [143, 'SIGTERM'], [144, 'SIGSTKFLT'], [145, 'SIGCHLD'], [146, 'SIGCONT'], [147, 'SIGSTOP'], [148, 'SIGTSTP'], [149, 'SIGTTIN'],
    [150, 'SIGTTOU'], [151, 'SIGURG'], [152, 'SIGXCPU'], [153, 'SIGXFSZ'], [154, 'SIGVTALRM'], [155, 'SIGPROF'], [156, 'SIGWINCH'],
    [157, 'SIGIO'], [158, 'SIGPWR'], [159, 'SIGSYS'],
  ];
  it.each(signals)('reads %i as killed by %s (128 + n)', (code, name) => {
    const m = exitCodeMeaning(code);
    expect(m).toMatchObject({ code, kind: 'signal', signal: name, signalNumber: code - 128 });
    expect(m.meaning).toContain(name);
  });

  it('names real-time signals above 128 + 33', () => {
    expect(signalName(34)).toBe('SIGRTMIN');
    expect(exitCodeMeaning(128 + 36).signal).toBe('SIGRTMIN+2');
  });

  const sysexits: [number, string][] = [
    [64, 'EX_USAGE'], [65, 'EX_DATAERR'], [66, 'EX_NOINPUT'], [67, 'EX_NOUSER'], [68, 'EX_NOHOST'], [69, 'EX_UNAVAILABLE'],
    [70, 'EX_SOFTWARE'], [71, 'EX_OSERR'], [72, 'EX_OSFILE'], [73, 'EX_CANTCREAT'], [74, 'EX_IOERR'], [75, 'EX_TEMPFAIL'],
    [76, 'EX_PROTOCOL'], [77, 'EX_NOPERM'], [78, 'EX_CONFIG'],
  ];
  it.each(sysexits)('reads %i as the sysexits.h code %s', (code, name) => {
    expect(exitCodeMeaning(code)).toMatchObject({ code, kind: 'sysexit', sysexit: name });
  });

  it('reads 255 as a general error that a node restart also produces, not as a signal', () => {
    const m = exitCodeMeaning(255);
    expect(m.kind).toBe('program');
    expect(m.signal).toBeUndefined();
    expect(m.meaning).toMatch(/exit\(-1\)/);
    expect(m.meaning).toMatch(/node/);
  });

  it('converts exit(-1) to 255 and says which code the program asked for', () => {
    expect(exitCodeMeaning(-1)).toMatchObject({ code: 255, requested: -1 });
    expect(exitCodeMeaning(-1).meaning).toContain('-1');
  });

  it('converts a code above 255 with mod 256, e.g. 393 shows as 137 (SIGKILL)', () => {
    expect(exitCodeMeaning(393)).toMatchObject({ code: 137, requested: 393, signal: 'SIGKILL' });
    expect(exitCodeMeaning(256)).toMatchObject({ code: 0, requested: 256, kind: 'success' });
  });

  it('converts -119 to 137 with 256 - (|c| mod 256)', () => {
    expect(exitCodeMeaning(-119)).toMatchObject({ code: 137, requested: -119, signal: 'SIGKILL' });
  });
});
