// What the HTTP caches key on: a version of the whole knowledge base that every committed write changes, whoever
// wrote it (this service, another instance, the CLI on the same database); null while a write is under way.
import type { DataVersionRepository } from './data-version.repository';

export class DataVersionService {
  constructor(private readonly repository: DataVersionRepository) {}

  current(): Promise<string | null> {
    return this.repository.current();
  }
}
