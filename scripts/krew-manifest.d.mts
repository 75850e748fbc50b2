export function krewManifestProblems(name: string, manifest: unknown): string[];
