// Two containers of one pod share its network namespace: the same containerPort twice means the second bind fails.
import { said } from '../finding-words.js';
import type { CheckRule } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

export const duplicatePort: CheckRule = {
  id: 'duplicate-container-port', cause: 'port-in-use', severity: 'error', needs: 'manifest',
  description: 'two containers of one pod declare the same port: they share the network, so only one can bind it',
  run: ({ template }) => {
    const seen = new Map<string, string>();
    return containersOf(template).filter((r) => !r.init || r.container.restartPolicy === 'Always').flatMap(({ container: c, path }) =>
      (c.ports ?? []).flatMap((p, i) => {
        const key = `${p.containerPort}/${p.protocol ?? 'TCP'}`;
        const first = seen.get(key);
        if (first === undefined) { seen.set(key, c.name); return []; }
        if (first === c.name) return [];
        return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'ports', i, 'containerPort']),
          ...said('check.duplicatePort', { first, container: c.name, port: key }) }];
      }));
  },
};
