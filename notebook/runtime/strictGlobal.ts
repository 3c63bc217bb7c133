// The runtime's fallback for names no cell and no builtin defines. Observable's default reads `window`;
// ours refuses, so a misspelt input name fails loudly instead of picking up a browser global.

export class UndefinedNameError extends Error {
  constructor(name: string) {
    super(`${name} is not defined: no cell or builtin has this name`);
    this.name = 'UndefinedNameError';
  }
}

export function strictGlobal(name: string): never {
  throw new UndefinedNameError(name);
}
