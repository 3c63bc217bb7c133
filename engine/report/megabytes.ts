// A size and its limit as the refusal messages write them: megabytes, the size to one decimal ("3.4"), the
// limit as short as it goes ("2").

const MB = 1024 * 1024;

export function megabytes(bytes: number, limitBytes: number): { size: string; limit: string } {
  return { size: (bytes / MB).toFixed(1), limit: String(Number((limitBytes / MB).toFixed(1))) };
}
