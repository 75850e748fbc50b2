// Which manifest of a multi-arch index the node would pull: its OS and architecture (and arm variant).
export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

export interface IndexEntry {
  readonly mediaType?: string;
  readonly digest: string;
  readonly size?: number;
  readonly platform?: { readonly os?: string; readonly architecture?: string; readonly variant?: string };
}

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

/** The node's platform from `status.nodeInfo`; amd64/linux when the node could not be read. */
export function nodePlatform(nodeInfo: { readonly architecture?: string; readonly operatingSystem?: string } | undefined): Platform {
  const architecture = nodeInfo?.architecture || DEFAULT_PLATFORM.architecture;
  const os = nodeInfo?.operatingSystem || DEFAULT_PLATFORM.os;
  // The kubelet does not report the arm variant; runtimes default arm64 to v8 and arm to v7.
  if (architecture === 'arm64') return { os, architecture, variant: 'v8' };
  if (architecture === 'arm') return { os, architecture, variant: 'v7' };
  return { os, architecture };
}

/**
 * The entry for this platform, as containerd's matcher picks it: same OS and architecture, the exact variant
 * if listed, else an entry without a variant. Attestation manifests (platform unknown/unknown) never match.
 */
export function selectPlatform(entries: readonly IndexEntry[], want: Platform): IndexEntry | undefined {
  const same = entries.filter((e) => e.platform?.os === want.os && e.platform?.architecture === want.architecture);
  if (want.variant) {
    const exact = same.find((e) => e.platform?.variant === want.variant);
    if (exact) return exact;
  }
  return same.find((e) => !e.platform?.variant) ?? same[0];
}

export const platformText = (p: Platform): string => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
