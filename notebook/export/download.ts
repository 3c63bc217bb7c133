// Saves a file through a temporary link: works offline and needs no permission.
export function download(filename: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name safe on Windows, keeping Chinese characters. */
export function safeFileName(name: string): string {
  // A name that starts or ends with a quotation mark ("Five-above" …) loses it, not into a leading "_".
  return (
    name
      .replace(/[\\/:*?"<>|\s]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 80) || 'planpath'
  );
}
