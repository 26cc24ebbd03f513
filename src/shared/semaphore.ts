// At most `permits` holders at once, and at most `maxWaiting` callers waiting for a turn (the rest are refused).

export class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(
    permits: number,
    private readonly maxWaiting: number,
  ) {
    this.free = permits;
  }

  /** Resolves true once the caller holds a permit, or false at once when too many are waiting already. */
  acquire(): Promise<boolean> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(false);
    return new Promise((resolve) => this.waiting.push(() => resolve(true)));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
