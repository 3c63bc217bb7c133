// The address this tab last wrote for the planner's own scenario. Reloading the page reopens it as a link, and
// had greeted 何工 with "您打开的是情景…的链接" about his own work: the tab's session remembers the address it wrote,
// and a reload of that address opens it without the notice. A new tab, or a colleague's link pasted into this
// one, is told as before. Storage may be refused (a locked-down browser): then every link is told.
const KEY = 'planpath:own-address';

export function rememberOwnAddress(hash: string): void {
  try {
    sessionStorage.setItem(KEY, hash);
  } catch {
    // Nothing to remember with: the notice shows on reload, as it did.
  }
}

export function isOwnAddress(hash: string): boolean {
  try {
    return hash !== '' && sessionStorage.getItem(KEY) === hash;
  } catch {
    return false;
  }
}
