/**
 * A mistake on the command line: printed without a stack, exit code 2, followed by the command's usage unless
 * `usage` is false (a file not found says where to look; the whole usage text had hidden that one line).
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly usage: boolean;
  constructor(message: string, options: { usage?: boolean } = {}) {
    super(message);
    this.usage = options.usage ?? true;
  }
}
