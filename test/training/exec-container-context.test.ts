import { describe, expect, it } from 'vitest';
import type { KubeObject, Pod } from '../../src/k8s/objects.js';
import { containerContextFor } from '../../src/training/exec/index.js';

const configMaps: Record<string, KubeObject> = {
  'api-config': { metadata: { name: 'api-config' }, data: { 'app.yaml': 'port: 8080\n', 'log.conf': 'level=debug\n', DB_HOST: 'db' } },
};
const secrets: Record<string, KubeObject> = {
  'db-secret': { metadata: { name: 'db-secret' }, data: { password: Buffer.from('s3cret').toString('base64') } },
};
const sources = { configMap: (n: string) => configMaps[n], secret: (n: string) => secrets[n] };

const pod: Pod = {
  metadata: { name: 'api-1', namespace: 'shop', labels: { app: 'api' } },
  spec: {
    nodeName: 'node-a',
    securityContext: { runAsUser: 1000 },
    volumes: [
      { name: 'config', configMap: { name: 'api-config', items: [{ key: 'app.yaml', path: 'app.yaml' }] } },
      { name: 'whole', configMap: { name: 'api-config' } },
      { name: 'creds', secret: { secretName: 'db-secret' } },
    ],
    containers: [
      {
        name: 'app',
        image: 'gcr.io/distroless/static:nonroot',
        command: ['/app/server'],
        args: ['--port=$(PORT)'],
        workingDir: '/app',
        env: [
          { name: 'PORT', value: '8080' },
          { name: 'URL', value: 'http://localhost:$(PORT)/ $$(PORT) $(NOPE)' },
          { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-secret', key: 'password' } } },
          { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
          { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
          { name: 'MISSING', valueFrom: { configMapKeyRef: { name: 'nope', key: 'x', optional: true } } },
        ],
        envFrom: [{ prefix: 'CM_', configMapRef: { name: 'api-config' } }],
        volumeMounts: [
          { name: 'config', mountPath: '/etc/config' },
          { name: 'whole', mountPath: '/etc/log.conf', subPath: 'log.conf' },
          { name: 'creds', mountPath: '/var/run/creds', readOnly: true },
        ],
        securityContext: { runAsGroup: 3000 },
      },
    ],
  },
};

describe('containerContextFor', () => {
  it('assembles env, mounted files, user and entrypoint as the kubelet would', () => {
    const ctx = containerContextFor(pod, 'app', { ...sources, entrypointLog: 'boom\n', entrypointExitCode: 1 });
    expect(ctx?.env).toEqual({
      CM_DB_HOST: 'db',
      'CM_app.yaml': 'port: 8080\n',
      'CM_log.conf': 'level=debug\n',
      PORT: '8080',
      URL: 'http://localhost:8080/ $(PORT) $(NOPE)',
      DB_PASSWORD: 's3cret',
      POD: 'api-1',
      APP: 'api',
    });
    expect(ctx?.files).toEqual({ '/etc/config/app.yaml': 'port: 8080\n', '/etc/log.conf': 'level=debug\n', '/var/run/creds/password': 's3cret' });
    expect(ctx?.user).toBe('1000:3000');
    expect(ctx?.workingDir).toBe('/app');
    expect(ctx?.hasShell).toBe(false);
    expect(ctx?.entrypoint).toEqual({ command: ['/app/server', '--port=8080'], log: 'boom\n', exitCode: 1 });
  });

  it('keeps the original command as the entrypoint of an override copy that now runs a keep-alive', () => {
    const copy: Pod = { ...pod, spec: { ...pod.spec, containers: [{ name: 'app', image: 'busybox:1.36', command: ['sleep', 'infinity'] }] } };
    const ctx = containerContextFor(copy, 'app', { ...sources, originalCommand: ['/app/server'] });
    expect(ctx?.mainProcess).toEqual(['sleep', 'infinity']);
    expect(ctx?.entrypoint?.command).toEqual(['/app/server']);
    expect(ctx?.hasShell).toBe(true);
  });

  it('claims no entrypoint for a keep-alive copy whose original command is unknown', () => {
    for (const command of [['sleep', 'infinity'], ['tail', '-f', '/dev/null'], ['sh', '-c', 'while true; do sleep 3600; done']]) {
      const copy: Pod = { ...pod, spec: { ...pod.spec, containers: [{ name: 'app', image: 'busybox:1.36', command }] } };
      const ctx = containerContextFor(copy, 'app', sources);
      expect(ctx?.entrypoint).toBeUndefined();
      expect(ctx?.mainProcess).toEqual(command);
    }
  });

  it('fills in what the spec leaves to the image: entrypoint and cmd, user, working directory, env, shell', () => {
    const bare: Pod = { metadata: { name: 'grafana-0' }, spec: { containers: [{ name: 'grafana', image: 'grafana/grafana:10.2.0', args: ['--config=/etc/grafana.ini'], env: [{ name: 'GF_PATHS_DATA', value: '/var/lib/grafana' }] }] } };
    const image = { entrypoint: ['/run.sh'], cmd: ['--default'], user: '472', workingDir: '/usr/share/grafana', env: ['PATH=/usr/share/grafana/bin:/usr/bin:/bin', 'GF_PATHS_DATA=/data'], shell: null };
    const ctx = containerContextFor(bare, 'grafana', { ...sources, image });
    expect(ctx?.entrypoint?.command).toEqual(['/run.sh', '--config=/etc/grafana.ini']);
    expect(ctx?.user).toBe('472');
    expect(ctx?.workingDir).toBe('/usr/share/grafana');
    expect(ctx?.env).toEqual({ PATH: '/usr/share/grafana/bin:/usr/bin:/bin', GF_PATHS_DATA: '/var/lib/grafana' });
    expect(ctx?.hasShell).toBe(false);
  });

  it('returns undefined for a container the pod does not have', () => {
    expect(containerContextFor(pod, 'nope', sources)).toBeUndefined();
  });
});
