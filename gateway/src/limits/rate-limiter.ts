/**
 * Fixed one-minute windows per key (a user or an IP address). In memory, so
 * each gateway replica counts its own share: with N replicas behind a load
 * balancer the effective limit is up to N times the configured one.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; returns the seconds to wait when the key is over its limit, or 0. */
  take(key: string): number {
    const now = this.now();
    const window = this.#windows.get(key);
    if (!window || now - window.startedAt >= 60_000) {
      this.#windows.set(key, { startedAt: now, count: 1 });
      this.#forgetOldWindows(now);
      return 0;
    }
    window.count += 1;
    return window.count > this.perMinute ? Math.ceil((window.startedAt + 60_000 - now) / 1000) : 0;
  }

  #forgetOldWindows(now: number): void {
    if (this.#windows.size < 10_000) return;
    for (const [key, window] of this.#windows) if (now - window.startedAt >= 60_000) this.#windows.delete(key);
  }
}
