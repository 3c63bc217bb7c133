// On the embedded plan's page, a word that the planner has plans of their own in this browser, with a button to
// the latest (冯工: the address opened 瑶海 again, and nothing on the page said where his 临川区 plan was). Said
// once a session: closed, it stays closed until the page is opened in a new tab or window.
import { type App, pushNotice } from '../app.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

const CLOSED = 'planpath:own-plans-noticed';

export async function ownPlansNotice(app: App): Promise<void> {
  if (sessionStorage.getItem(CLOSED) !== null) return;
  const { listUserPlans, userPlanAddress } = await import('../state/userPlans.ts');
  const listed = await listUserPlans();
  if (!listed.ok || listed.value.length === 0) return;
  const latest = listed.value[0]!; // latest first (listUserPlans)
  sessionStorage.setItem(CLOSED, latest.id);
  const t = (lang: Lang) => translator(lang);
  pushNotice(app, {
    id: 'own-plans',
    kind: 'info',
    text: (lang) =>
      t(lang)('ownPlans.notice', {
        n: listed.value.length,
        title: latest.title,
        plan: pick(app.plan.meta.title, lang),
      }),
    actions: [
      {
        label: (lang) => t(lang)('ownPlans.openLatest'),
        run: () => location.assign(`${location.pathname}${userPlanAddress(latest.id)}`),
      },
      {
        label: (lang) => t(lang)('ownPlans.all'),
        run: () => document.getElementById('import')?.scrollIntoView({ block: 'start' }),
      },
    ],
  });
}
