// What the service is still loading after its port opened (at a first start, SIPRI's register, in the
// background): /ready reports it, and the queries over that data answer SERVICE_UNAVAILABLE saying so, rather
// than figures computed from part of it.
import { ServiceUnavailableError } from '../errors';

export interface Loading {
  what: string;
  done: number;
  total: number;
}

export class LoadingState {
  private current: Loading | null = null;

  begin(what: string, total: number): void {
    this.current = { what, done: 0, total };
  }

  progress(done: number, total: number): void {
    if (this.current) this.current = { ...this.current, done, total };
  }

  end(): void {
    this.current = null;
  }

  /** What is loading and how far it got; null when nothing is. */
  get status(): Loading | null {
    return this.current;
  }

  /** Throws SERVICE_UNAVAILABLE while something loads, saying what and how far. */
  assertLoaded(): void {
    const loading = this.current;
    if (!loading) return;
    throw new ServiceUnavailableError(
      `${loading.what} is still loading (${loading.done} of ${loading.total} rows); its figures are answered once it is complete, in a few seconds`,
      { loading },
    );
  }
}
