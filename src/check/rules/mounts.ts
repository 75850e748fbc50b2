// Mounts: a ConfigMap mounted with subPath never sees updates (and a rename of its key breaks every start);
// readOnlyRootFilesystem needs a writable volume under every path the program writes.
import type { Container, PodSpec } from '../../k8s/index.js';
import { said } from '../finding-words.js';
import type { CheckRule, ImageFacts } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

export const configMapSubPath: CheckRule = {
  id: 'configmap-subpath', cause: 'mount-failure', severity: 'warning', needs: 'manifest',
  description: 'a ConfigMap or Secret mounted with subPath: no live update, and the start fails once the key is gone',
  run: ({ template }) => containersOf(template).flatMap(({ container: c, path }) => (c.volumeMounts ?? []).flatMap((m, i) => {
    const vol = (template.spec.volumes ?? []).find((v) => v.name === m.name);
    const source = vol?.configMap ? { kind: 'ConfigMap', name: vol.configMap.name } : vol?.secret ? { kind: 'Secret', name: vol.secret.secretName } : undefined;
    if (!source || (m.subPath === undefined && m.subPathExpr === undefined)) return [];
    return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'volumeMounts', i, 'subPath']),
      ...said('check.configMapSubPath', { container: c.name, kind: source.kind, name: `${source.name}`, mountPath: m.mountPath }) }];
  })),
};

// What stock images of common programs write at start, from their documentation; an image config's VOLUMEs add to it.
const KNOWN_WRITES: readonly [RegExp, readonly string[]][] = [
  [/(^|\/)nginx(:|@|$)|(^|\/)nginx-/, ['/var/cache/nginx', '/var/run']],
  [/(^|\/)(postgres|postgresql)(:|@|$)/, ['/var/run/postgresql', '/var/lib/postgresql/data']],
  [/(^|\/)(redis)(:|@|$)/, ['/data']],
  [/(^|\/)grafana(:|@|$)/, ['/var/lib/grafana']],
  [/(^|\/)(tomcat)(:|@|$)/, ['/usr/local/tomcat/logs', '/usr/local/tomcat/temp', '/usr/local/tomcat/work']],
];

export function writtenPaths(c: Container, image: ImageFacts | undefined): readonly string[] {
  const known = KNOWN_WRITES.find(([re]) => re.test(c.image ?? ''))?.[1] ?? [];
  return [...new Set([...known, ...(image?.writes ?? [])])];
}

const covers = (mountPath: string, p: string): boolean => p === mountPath || p.startsWith(`${mountPath.replace(/\/$/, '')}/`);

function writableMounts(c: Container, spec: PodSpec): string[] {
  return (c.volumeMounts ?? []).filter((m) => {
    if (m.readOnly || m.subPath) return false;
    const v = (spec.volumes ?? []).find((x) => x.name === m.name);
    return v !== undefined && !v.configMap && !v.secret && !v.projected && !v['downwardAPI'];
  }).map((m) => m.mountPath);
}

export const readOnlyRootWithoutWritableMounts: CheckRule = {
  id: 'read-only-root-unwritable', cause: 'read-only-fs', severity: 'error', needs: 'manifest',
  description: 'readOnlyRootFilesystem without a writable volume for a path the program writes',
  run: ({ template, facts }) => containersOf(template).flatMap(({ container: c, path }) => {
    if (c.securityContext?.readOnlyRootFilesystem !== true) return [];
    const writable = writableMounts(c, template.spec);
    const missing = writtenPaths(c, facts.images.get(c.image ?? '')).filter((p) => !writable.some((m) => covers(m, p)));
    if (missing.length === 0) return [];
    return [{ object: objectName(template), container: c.name, file: template.doc.file,
      line: template.doc.lineOf([...path, 'securityContext', 'readOnlyRootFilesystem']),
      ...said('check.readOnlyRoot', { container: c.name, image: `${c.image}`, paths: { and: missing } }) }];
  }),
};
