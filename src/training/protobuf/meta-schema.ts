// Field numbers of apimachinery's meta/v1 ObjectMeta and OwnerReference (pkg/apis/meta/v1/generated.proto).
import { bool, int, list, str, stringMap, strings, time, type Schema } from './schema.js';

export const ownerReferenceSchema: Schema = {
  1: str('kind'),
  3: str('name'),
  4: str('uid'),
  5: str('apiVersion'),
  6: bool('controller', true),
  7: bool('blockOwnerDeletion', true),
};

export const objectMetaSchema: Schema = {
  1: str('name'),
  2: str('generateName'),
  3: str('namespace'),
  4: str('selfLink'),
  5: str('uid'),
  6: str('resourceVersion'),
  7: int('generation'),
  8: time('creationTimestamp'),
  9: time('deletionTimestamp'),
  10: int('deletionGracePeriodSeconds', true),
  11: stringMap('labels'),
  12: stringMap('annotations'),
  13: list('ownerReferences', () => ownerReferenceSchema),
  14: strings('finalizers'),
};
