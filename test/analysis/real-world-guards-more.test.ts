// Guards for the rules drawn from real-world-cases-more.ts: the same pods, changed in the one fact each rule rests
// on, keep their ordinary diagnosis.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/report/diagnose.js';
import type { Evidence, LogExcerpt } from '../../src/contracts/evidence.js';
import { podEvent } from './real-world-builders.js';
import { MORE_CASES } from './real-world-cases-more.js';

const caseFrom = (source: RegExp): Evidence => {
  const c = MORE_CASES.find((x) => source.test(x.source));
  if (!c) throw new Error(`no real-world case from ${source}`);
  return structuredClone(c.evidence) as Evidence;
};
const causeOf = (evidence: Evidence): string | null => diagnose({ evidence, target: { namespace: evidence.pod.metadata.namespace ?? 'default' } }).cause;
const withLog = (evidence: Evidence, text: string): Evidence => ({ ...evidence, logs: evidence.logs.map((l): LogExcerpt => ({ ...l, text })) });

describe('rules from the later real-world cases that must not overreach', () => {
  it('a Kafka error about a node that is not a failure to connect stays an app crash', () => {
    const e = caseFrom(/kraft-mode-kafka-on-kubernetes\/issues\/3/);
    expect(causeOf(e)).toBe('missing-dependency');
    expect(causeOf(withLog(e, '[2022-10-25 09:13:45,230] ERROR [RaftManager nodeId=0] Error processing response from node kafka-1 (org.apache.kafka.raft.KafkaRaftClient)\njava.lang.IllegalStateException: Unexpected epoch 3\n'))).toBe('app-crash');
  });

  it('a Spring start-up failure that is not about getting a connection stays an app crash', () => {
    const e = caseFrom(/istio-workshop\/issues\/40/);
    expect(causeOf(e)).toBe('missing-dependency');
    expect(causeOf(withLog(e, "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'guestbookService'\nCaused by: java.lang.NullPointerException\n"))).toBe('app-crash');
  });

  it('failing to get something other than a connection is not a missing dependency', () => {
    const e = caseFrom(/istio-workshop\/issues\/40/);
    expect(causeOf(withLog(e, 'java.lang.IllegalStateException: Could not get a free slot from the worker pool\n'))).not.toBe('missing-dependency');
  });

  it('a TLS certificate the client rejects is configuration, but TLS errors a server logs about its clients are not', () => {
    const e = caseFrom(/awx-on-k3s\/issues\/360/);
    expect(causeOf(withLog(e, 'Traceback (most recent call last):\nrequests.exceptions.SSLError: HTTPSConnectionPool(host=\'vault\', port=8200): [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate\n'))).toBe('bad-config');
    expect(causeOf(withLog(e, '2022/03/10 03:16:40 http: TLS handshake error from 172.16.0.32:59875: remote error: tls: bad certificate\npanic: runtime error: invalid memory address or nil pointer dereference\n'))).toBe('app-crash');
  });

  it('the JVM rejecting its own options is configuration; the JVM running out of memory is not', () => {
    const e = caseFrom(/istio-workshop\/issues\/40/);
    expect(causeOf(withLog(e, "Unrecognized VM option 'UseCGroupMemoryLimitForHeap'\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.\n"))).toBe('bad-config');
    expect(causeOf(withLog(e, 'Exception in thread "main" java.lang.OutOfMemoryError: unable to create native thread\nError: Could not create the Java Virtual Machine.\n'))).not.toBe('bad-config');
  });

  it('a missing environment variable or ENV-style key is configuration; a missing ordinary key or token is a crash', () => {
    const e = caseFrom(/ckan-ui\/pull\/611/);
    expect(causeOf(withLog(e, "Error: Missing env var DATABASE_URL\n    at Object.<anonymous> (/app/index.js:5:9)\n"))).toBe('bad-config');
    expect(causeOf(withLog(e, "/app/index.js:5\nSyntaxError: missing ) after argument list\n    at Object.<anonymous> (/app/index.js:5:9)\n"))).toBe('app-crash');
    expect(causeOf(withLog(e, "/app/config/initializers/secret.rb:1:in `fetch': key not found: \"SECRET_KEY_BASE\" (KeyError)\n"))).toBe('bad-config');
    expect(causeOf(withLog(e, "/app/lib/cache.rb:9:in `fetch': key not found: \"user_42\" (KeyError)\n"))).toBe('app-crash');
  });

  it('a broker or database that drops or refuses the connection is a dependency; other socket errors are not', () => {
    const e = caseFrom(/ckan-ui\/pull\/611/);
    expect(causeOf(withLog(e, 'Error: Socket closed abruptly during opening handshake\n    at Socket.endWhileOpening (/app/node_modules/amqplib/lib/connection.js:260:17)\n'))).toBe('missing-dependency');
    expect(causeOf(withLog(e, 'Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible.\n'))).toBe('missing-dependency');
    expect(causeOf(withLog(e, 'Error [ERR_STREAM_WRITE_AFTER_END]: write after end\n    at writeAfterEnd (node:_stream_writable:266:14)\n'))).toBe('app-crash');
  });

  it('a scheduler that finds no persistent volume to bind waits for a volume; one that finds no matching node does not', () => {
    const e = caseFrom(/kubernetes\/issues\/77993/);
    const say = (msg: string): Evidence => {
      const x = structuredClone(e) as Evidence;
      const cond = x.pod.status!.conditions!.find((c) => c.type === 'PodScheduled')! as { message?: string };
      cond.message = msg;
      return { ...x, events: x.events.map((ev) => ({ ...ev, message: msg })) };
    };
    expect(causeOf(say('0/1 nodes are available: 1 node(s) did not find available persistent volumes to bind.'))).toBe('volume-pending');
    expect(causeOf(say("0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector."))).toBe('unschedulable');
  });

  it('a NodeNotReady event on the pod near an exit 255 means the node; the same event hours away does not', () => {
    const base = caseFrom(/kraft-mode-kafka-on-kubernetes\/issues\/3/);
    const st = base.pod.status!.containerStatuses![0]! as { lastState: { terminated: { exitCode: number; reason: string; finishedAt: string } } };
    st.lastState.terminated.exitCode = 255;
    st.lastState.terminated.reason = 'Error';
    const finished = st.lastState.terminated.finishedAt;
    const at = (iso: string): Evidence => ({ ...base, logs: [], events: [podEvent(base.pod, 'NodeNotReady', 'Node is not ready', { last: iso, component: 'node-controller' })] });
    expect(causeOf(at(finished))).toBe('node-restart');
    expect(causeOf(at(new Date(Date.parse(finished) - 3 * 3600_000).toISOString()))).not.toBe('node-restart');
  });

  it('a database refusing to initialise a data directory that has files is configuration; a corrupt page is not', () => {
    const e = caseFrom(/awx-on-k3s\/issues\/360/);
    expect(causeOf(withLog(e, '2024-01-01T00:10:29.000000Z 0 [ERROR] [MY-010457] [Server] --initialize specified but the data directory has files in it. Aborting.\n'))).toBe('bad-config');
    expect(causeOf(withLog(e, '2024-01-01T00:10:29.000000Z 0 [ERROR] [MY-011906] [InnoDB] Database page corruption on disk or a failed file read of page [page id: space=0, page number=5].\n'))).not.toBe('bad-config');
  });

  it('exit 137 without an OOMKilled reason is an OOM kill only when the JVM heap may outgrow the limit', () => {
    const e = caseFrom(/jitsu-chart\/issues\/76/);
    const st = e.pod.status!.containerStatuses![0]! as { lastState: { terminated: { reason: string } } };
    st.lastState.terminated.reason = 'Error';
    expect(causeOf(e)).toBe('oom-killed');
    const small = structuredClone(e) as Evidence;
    const env = (small.pod.spec.containers[0]!.env as { name: string; value?: string }[]);
    env[0]!.value = '-Xmx256m -Xms256m';
    expect(causeOf(small)).toBe('killed-externally');
  });

  it('a flag, database, role or connection string the settings name wrongly is configuration; other missing things are not', () => {
    const e = caseFrom(/ckan-ui\/pull\/611/);
    expect(causeOf(withLog(e, 'Error: required flag(s) "config" not set\n'))).toBe('bad-config');
    expect(causeOf(withLog(e, 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db" (10.0.0.3), port 5432 failed: FATAL:  database "app" does not exist\n'))).toBe('bad-config');
    expect(causeOf(withLog(e, 'Unhandled exception. System.InvalidOperationException: The ConnectionString property has not been initialized.\n'))).toBe('bad-config');
    expect(causeOf(withLog(e, 'psycopg2.errors.UndefinedTable: relation "users" does not exist\n'))).not.toBe('bad-config');
  });

  it('a cluster client that finds none of its servers is a missing dependency; a client error after connecting is not', () => {
    const e = caseFrom(/ckan-ui\/pull\/611/);
    expect(causeOf(withLog(e, 'org.elasticsearch.client.transport.NoNodeAvailableException: None of the configured nodes are available: [{#transport#-1}{es}{10.0.0.9:9300}]\n'))).toBe('missing-dependency');
    expect(causeOf(withLog(e, 'nats: no servers available for connection\n'))).toBe('missing-dependency');
    expect(causeOf(withLog(e, 'org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /brokers/ids\n'))).toBe('missing-dependency');
    expect(causeOf(withLog(e, 'org.apache.zookeeper.KeeperException$NoNodeException: KeeperErrorCode = NoNode for /brokers/ids\n'))).toBe('app-crash');
  });

  it('CreateContainerError "no command specified" is a missing command; a reserved container name is not', () => {
    const e = caseFrom(/k3s-io\/k3s\/issues\/1586/);
    const say = (message: string): Evidence => {
      const x = structuredClone(e) as Evidence;
      const st = x.pod.status!.containerStatuses![0]! as { state: { waiting: { reason: string; message: string } } };
      st.state.waiting = { reason: 'CreateContainerError', message };
      return { ...x, events: [] };
    };
    expect(causeOf(say('Error: failed to create containerd container: error unpacking image: no command specified'))).toBe('command-not-found');
    expect(causeOf(say('Error: failed to reserve container name "nginx_nginx-deployment_default_1": name is reserved'))).not.toBe('command-not-found');
  });
});
