// A bounded "seen recently" map: a key is new again after `ttlMs`, and past `max` keys the oldest are
// forgotten, so 10,000 failing pods cost a few MB however long the watcher runs.
export class RecentKeys {
  private readonly at = new Map<string, number>();

  constructor(private readonly ttlMs: number, private readonly max: number) {}

  /** True when `key` was marked within the TTL. */
  has(key: string, now: number): boolean {
    const t = this.at.get(key);
    return t !== undefined && now - t < this.ttlMs;
  }

  mark(key: string, now: number): void {
    this.at.delete(key);
    this.at.set(key, now);
    while (this.at.size > this.max) this.at.delete(this.at.keys().next().value as string);
  }

  forget(key: string): void {
    this.at.delete(key);
  }

  get size(): number {
    return this.at.size;
  }
}
