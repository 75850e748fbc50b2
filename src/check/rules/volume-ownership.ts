// A non-root process writing to a persistent volume with no fsGroup: the volume keeps its owner (often root),
// so the first write fails with "permission denied".
import { said } from '../finding-words.js';
import type { CheckRule } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

export const persistentVolumeWithoutFsGroup: CheckRule = {
  id: 'pvc-without-fsgroup', cause: 'permission-denied', severity: 'warning', needs: 'manifest',
  description: 'a non-root container writes to a persistent volume, and the pod sets no fsGroup to make it writable',
  run: ({ template, facts }) => {
    if (template.spec.securityContext?.fsGroup !== undefined) return [];
    return containersOf(template).flatMap(({ container: c, path }) => {
      const uid = c.securityContext?.runAsUser ?? template.spec.securityContext?.runAsUser;
      const imageUser = facts.images.get(c.image ?? '')?.user;
      const nonRoot = uid !== undefined ? uid !== 0 : imageUser !== undefined && imageUser !== '' && !/^(0|root)(:|$)/.test(imageUser);
      if (!nonRoot) return [];
      return (c.volumeMounts ?? []).flatMap((m, i) => {
        const vol = (template.spec.volumes ?? []).find((v) => v.name === m.name);
        if (m.readOnly || !vol?.persistentVolumeClaim) return [];
        return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'volumeMounts', i]),
          ...said('check.pvcWithoutFsGroup', { container: c.name, uid: `${uid ?? imageUser}`, claim: `${vol.persistentVolumeClaim.claimName}`, mountPath: m.mountPath }) }];
      });
    });
  },
};
