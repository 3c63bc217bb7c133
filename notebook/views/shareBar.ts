// The copy-link button, with the link's length beside it. Built once per language; the link's length is
// updated in place as the link changes (a release), not the button rebuilt.
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import type { LiveView } from '../runtime/liveView.ts';
import { LINK_WARN_LENGTH } from '../share/linkCodec.ts';
import type { LinkInfo } from '../share/shareSync.ts';

export function shareBar(lang: Lang): LiveView<LinkInfo> {
  const t = translator(lang);
  const el = document.createElement('div');
  el.className = 'share-inner';
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'copy-link';
  button.className = 'primary';
  button.textContent = t('link.copy');
  button.dataset.tip = t('link.copyTip');
  const state = document.createElement('span');
  state.setAttribute('role', 'status');
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
  return {
    element: el,
    // A new link: its length (a warning when long), and no 已复制 for a link not copied.
    update(info) {
      state.className = 'link-length';
      const long = info.length > LINK_WARN_LENGTH;
      // In words, short enough to leave the header's scenario name room: a bare "⚠ 2180" beside the button had
      // said nothing until hovered (郑处长); the tip gives the length.
      state.textContent = long ? `⚠ ${t('link.longShort')}` : '';
      // What the number is, on hover and to a screen reader: a bare "⚠ 2257" had said nothing (钱主任).
      const why = long ? t('link.tooLong', { length: info.length }) : '';
      if (state.dataset.tip !== why) {
        state.dataset.tip = why;
        state.title = why;
      }
    },
  };
}
