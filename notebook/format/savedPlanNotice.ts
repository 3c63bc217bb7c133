// The notice after a plan is saved: one sentence with the link to open it inside, then what a colleague needs.
// Built as "已保存“X”。" + link + "。分享…", the link had stood between two full stops as a sentence of its own.
import type { Lang } from '../i18n/lang.ts';

/** The sentence around the link: `before` + link + `after`. */
export function savedPlanNotice(title: string, lang: Lang): { before: string; link: string; after: string } {
  return lang === 'zh'
    ? {
        before: `已保存“${title}”，可`,
        link: '打开运行',
        after: '。分享链接时，对方还需要这份规划文件（请一并发送导出的文件）。',
      }
    : {
        before: `Saved “${title}”: `,
        link: 'open and run it',
        after: '. A link to it works for a colleague only with the plan file: send the exported file too.',
      };
}
