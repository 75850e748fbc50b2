// What the image must agree with: the command the spec names, the nodes' CPU architectures, a pinned tag.
import { parseImageReference } from '../../image/reference.js';
import { said } from '../finding-words.js';
import type { CheckRule } from '../types.js';
import { containersOf, objectName } from '../workloads.js';

export const commandAbsentFromImage: CheckRule = {
  id: 'command-not-in-image', cause: 'command-not-found', severity: 'error', needs: 'image',
  description: 'command overrides the image ENTRYPOINT with a program the image does not contain',
  run: ({ template, facts }) => containersOf(template).flatMap(({ container: c, path }) => {
    const program = c.command?.[0];
    const image = facts.images.get(c.image ?? '');
    // Only an image source that lists its programs can prove an absence; a registry config cannot.
    if (!program || !image?.binaries) return [];
    const name = program.split('/').at(-1)!;
    const inConfig = [...(image.entrypoint ?? []), ...(image.cmd ?? [])].some((w) => w === program);
    if (inConfig || image.binaries.includes(name) || image.binaries.includes(program)) return [];
    return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'command']),
      ...said('check.commandNotInImage', { container: c.name, program, image: `${c.image}`, entrypoint: JSON.stringify(image.entrypoint ?? []) }) }];
  }),
};

export const imageArchNotOnNodes: CheckRule = {
  id: 'image-arch-not-on-nodes', cause: 'exec-format', severity: 'error', needs: 'cluster',
  description: "the image is not built for every CPU architecture among the nodes the pod may land on",
  run: ({ template, facts }) => {
    const nodes = facts.cluster?.nodeArchitectures ?? [];
    const pinned = template.spec.nodeSelector?.['kubernetes.io/arch'];
    const targets = [...new Set(pinned ? [pinned] : nodes)];
    return containersOf(template).flatMap(({ container: c, path }) => {
      const archs = facts.images.get(c.image ?? '')?.architectures;
      if (!archs || archs.length === 0 || targets.length === 0) return [];
      const missing = targets.filter((a) => !archs.includes(a));
      if (missing.length === 0) return [];
      return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'image']),
        ...said('check.imageArchNotOnNodes', { image: `${c.image}`, built: { comma: archs }, missing: { comma: missing } }) }];
    });
  },
};

export const latestTag: CheckRule = {
  id: 'image-latest-tag', cause: 'image-pull', severity: 'warning', needs: 'manifest',
  description: 'an image with the :latest tag (or no tag): each node may run a different build, and a rollback changes nothing',
  run: ({ template }) => containersOf(template).flatMap(({ container: c, path }) => {
    if (!c.image) return [];
    let ref;
    try { ref = parseImageReference(c.image); } catch { return []; }
    if (ref.digest || (ref.tag && ref.tag !== 'latest')) return [];
    return [{ object: objectName(template), container: c.name, file: template.doc.file, line: template.doc.lineOf([...path, 'image']),
      ...said('check.latestTag', { container: c.name, image: c.image, tagged: ref.tag ? 'yes' : 'no' }) }];
  }),
};
