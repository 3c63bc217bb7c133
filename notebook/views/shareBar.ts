// The copy-link button, with the link's length beside it.
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { LINK_WARN_LENGTH } from '../share/linkCodec.ts';
import type { LinkInfo } from '../share/shareSync.ts';

export function shareBar(lang: Lang, info: LinkInfo): HTMLElement {
  const t = translator(lang);
  const el = document.createElement('div');
  el.className = 'share-inner';
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'copy-link';
  button.className = 'primary';
  button.textContent = t('link.copy');
  const state = document.createElement('span');
  state.className = 'link-length';
  state.setAttribute('role', 'status');
  if (info.length > LINK_WARN_LENGTH) state.textContent = `⚠ ${info.length}`;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      state.textContent = t('link.copied');
      state.className = 'copied';
    } catch {
      state.textContent = t('link.copyFailed');
    }
  });
  el.append(button, state);
  return el;
}
