// runAsNonRoot with an image whose user is root and no runAsUser: the kubelet refuses to start it
// ("container has runAsNonRoot and image will run as root").
import { said } from '../finding-words.js';
import type { CheckRule } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

const isRootUser = (user: string | undefined): boolean => user === undefined || user === '' || /^(0|root)(:.*)?$/.test(user);

export const runAsNonRootWithRootImage: CheckRule = {
  id: 'run-as-non-root-root-image', cause: 'permission-denied', severity: 'error', needs: 'image',
  description: 'runAsNonRoot is set, no runAsUser is given, and the image runs as root: the kubelet refuses to start it',
  run: ({ template, facts }) => containersOf(template).flatMap(({ container: c, path }) => {
    const pod = template.spec.securityContext;
    const nonRoot = c.securityContext?.runAsNonRoot ?? pod?.runAsNonRoot;
    const user = c.securityContext?.runAsUser ?? pod?.runAsUser;
    const image = facts.images.get(c.image ?? '');
    if (nonRoot !== true || user !== undefined || !image || !isRootUser(image.user)) return [];
    const where = c.securityContext?.runAsNonRoot !== undefined ? [...path, 'securityContext', 'runAsNonRoot'] : [...template.specPath, 'securityContext', 'runAsNonRoot'];
    return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf(where),
      ...said('check.runAsNonRootRootImage', { container: c.name, image: `${c.image}`, as: image.user ? 'user' : 'root', user: image.user ?? '' }) }];
  }),
};
