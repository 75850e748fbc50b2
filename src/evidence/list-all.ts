// Every page of a list, 500 at a time, up to a cap so one namespace with 100k events cannot exhaust memory.
import type { KubeList } from '../k8s/index.js';
import type { ListOptions } from '../contracts/read-port.js';

export const PAGE_SIZE = 500;

export async function listAll<T>(
  fetchPage: (options: ListOptions) => Promise<KubeList<T>>,
  options: Omit<ListOptions, 'limit' | 'continue'> = {},
  keep: (item: T) => boolean = () => true,
  maxItems = 5000,
): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetchPage({ ...options, limit: PAGE_SIZE, ...(token ? { continue: token } : {}) });
    for (const item of page.items) if (keep(item) && out.length < maxItems) out.push(item);
    token = page.metadata?.continue || undefined;
  } while (token && out.length < maxItems);
  return out;
}
