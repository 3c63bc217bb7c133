// The page's localStorage, or null when the browser refuses access to it (reading it can throw).
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
