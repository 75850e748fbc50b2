// The rules, as a table: id, cause (the diagnosis vocabulary), severity, what each needs. Order is report order.
import { hookCommandAbsent } from './rules/hooks.js';
import { persistentVolumeWithoutFsGroup } from './rules/volume-ownership.js';
import { commandAbsentFromImage, imageArchNotOnNodes, latestTag } from './rules/image.js';
import { jvmHeapOverLimit, noMemoryLimit } from './rules/memory.js';
import { configMapSubPath, readOnlyRootWithoutWritableMounts } from './rules/mounts.js';
import { duplicatePort } from './rules/ports.js';
import { defaultProbeTimeout, livenessEqualsReadiness, livenessWithoutStartup } from './rules/probes.js';
import { livenessFileNeverCreated } from './rules/probe-file.js';
import { missingReference } from './rules/references.js';
import { runAsNonRootWithRootImage } from './rules/security.js';
import type { CauseId } from '../contracts/causes.js';
import type { CheckRule, Severity } from './types.js';

export const CHECK_RULES: readonly CheckRule[] = [
  jvmHeapOverLimit, readOnlyRootWithoutWritableMounts, runAsNonRootWithRootImage, commandAbsentFromImage,
  imageArchNotOnNodes, missingReference, duplicatePort, hookCommandAbsent, livenessFileNeverCreated, configMapSubPath, persistentVolumeWithoutFsGroup, livenessWithoutStartup,
  livenessEqualsReadiness, latestTag, defaultProbeTimeout, noMemoryLimit,
];

/** StorageClasses are checked over PVC documents, not pod templates, so the rule is described here and run apart. */
export const STORAGE_CLASS_RULE = {
  id: 'missing-storage-class', cause: 'volume-pending' as CauseId, severity: 'error' as Severity, needs: 'cluster' as const,
  description: 'a PersistentVolumeClaim or volumeClaimTemplate names a StorageClass the cluster does not have',
};

export const ALL_RULE_IDS: readonly string[] = [...CHECK_RULES.map((r) => r.id), STORAGE_CLASS_RULE.id];
