// A file an import cannot read as its format at all (not a bad record, which is data in the result): an empty
// file, a CSV without the register's header, JSON that does not parse or is not a bundle. It names the format
// and, where there is one, the line.
import { UserInputError } from '../../errors';

export class FileFormatError extends UserInputError {
  constructor(
    readonly format: string,
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message, 'file', { extensions: { format, ...(line ? { line } : {}) } });
    this.name = 'FileFormatError';
  }
}
