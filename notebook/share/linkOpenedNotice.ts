// Opening a colleague's link says so: which scenario it is and what it sets apart from the page's default,
// with a button that puts the two side by side. A director opening 政策加力 had met a banner about 社零's
// interpolation, an empty comparison, and ten changed settings spread over seventy sliders.
import { type App, type Notice, pushNotice } from '../app.ts';
import { pick } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import { settingDiff } from '../model/settingDiff.ts';
import { settingLabel, settingValueText } from '../model/settingText.ts';
import type { Working } from '../state/scenarioOps.ts';
import { scenarioName } from '../views/scenarioName.ts';
import { addToComparison } from '../views/scenarios.ts';

/** The settings listed in the notice; the rest are counted. */
const LISTED = 8;

/** Pushes the notice for a link just opened, unless it is the page's default scenario as it stands. */
export function pushLinkOpenedNotice(app: App, working: Working): void {
  const base = app.defaultScenario;
  const rows = settingDiff(app.plan, [base, working]);
  if (rows.length === 0) return;
  const notice: Notice = {
    id: 'link-opened',
    kind: 'info',
    text: (lang) =>
      t(lang, 'link.opened', {
        name: scenarioName(working, lang),
        base: scenarioName(base, lang),
        n: rows.length,
      }),
    items: (lang) => [
      ...rows
        .slice(0, LISTED)
        .map(
          (r) =>
            `${settingLabel(app.plan, r, lang)}${t(lang, 'common.colon')}${settingValueText(app.plan, r, r.values[1] ?? r.planDefault, lang)}${t(lang, 'link.opened.was', { base: scenarioName(base, lang), value: settingValueText(app.plan, r, r.values[0] ?? r.planDefault, lang) })}`,
        ),
      ...(rows.length > LISTED ? [t(lang, 'link.opened.more', { n: rows.length - LISTED })] : []),
      // Labelled: a bare description under the settings had read as one more changed setting (郑处长). The
      // default's own description, carried by a link that changed its settings, describes what was changed
      // away from ("不加政策杠杆" under a lever set): left out.
      ...(working.description && JSON.stringify(working.description) !== JSON.stringify(base.description)
        ? [t(lang, 'link.opened.about', { text: pick(working.description, lang) })]
        : []),
    ],
    actions: [
      {
        label: (lang) => t(lang, 'link.opened.compare', { base: scenarioName(base, lang) }),
        run: () => {
          const baseEntry = app.library.find((e) => e.key === 'library:baseline') ?? {
            key: 'default',
            source: 'library' as const,
            scenario: base,
          };
          addToComparison(app, {
            key: `current:${Date.now()}`,
            source: 'current',
            scenario: structuredClone(working),
          });
          addToComparison(app, baseEntry);
          document.getElementById('comparison')?.scrollIntoView({ behavior: 'smooth' });
        },
      },
    ],
  };
  pushNotice(app, notice);
}
