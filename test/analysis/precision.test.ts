// The misreads issue 10 names, as the issue states them: ordinary program errors that were read as bad
// configuration, and a job step that "timed out" read as a missing dependency. Each failed before the
// signature catalogue made case sensitivity and context deliberate.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import { corpusCase, type Runtime } from './negative-corpus-builder.js';

const causeOf = (runtime: Runtime, log: string): string | null => {
  const c = corpusCase({ runtime, source: 'issue 10', name: 'precision', log });
  return diagnose({ evidence: c.evidence, target: { namespace: 'shop' } }).cause;
};

describe('ordinary program errors are not configuration', () => {
  it("Node: TypeError: Cannot read properties of undefined (reading 'id')", () => {
    expect(causeOf('node', "/app/src/orders.js:42\n    return order.customer.id;\n                          ^\n\nTypeError: Cannot read properties of undefined (reading 'id')\n    at handle (/app/src/orders.js:42:27)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n")).toBe('app-crash');
  });
  it("Python: KeyError: 'user_id'", () => {
    expect(causeOf('python', "Traceback (most recent call last):\n  File \"/app/worker.py\", line 30, in handle\n    uid = event['user_id']\nKeyError: 'user_id'\n")).toBe('app-crash');
  });
  it('Java: IllegalStateException: Cache is not set up yet', () => {
    expect(causeOf('jvm', 'Exception in thread "main" java.lang.IllegalStateException: Cache is not set up yet\n\tat com.example.cache.Registry.get(Registry.java:51)\n\tat com.example.App.main(App.java:12)\n')).toBe('app-crash');
  });
  it('a job step that timed out is not a missing dependency', () => {
    expect(causeOf('python', "2024-03-01 10:06:12 ERROR step 'reindex' timed out after 300s\n")).not.toBe('missing-dependency');
  });
  it('the configuration forms still read as configuration', () => {
    expect(causeOf('python', "Traceback (most recent call last):\n  File \"/app/main.py\", line 3, in <module>\n    url = os.environ['DATABASE_URL']\nKeyError: 'DATABASE_URL'\n")).toBe('bad-config');
    expect(causeOf('python', "Traceback (most recent call last):\n  File \"/app/main.py\", line 9, in <module>\n    port = settings['listen_port']\nKeyError: 'listen_port'\n")).toBe('bad-config');
    expect(causeOf('go', 'dial tcp 10.96.0.12:5432: connect: connection timed out\n')).toBe('missing-dependency');
  });
});
