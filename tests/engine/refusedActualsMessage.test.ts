// Actuals a derived indicator's formula cannot carry on are said in one line per indicator, with what to enter
// (anchoringMessages.ts). Reproduced from tester F's paste (R19): 在孵企业数 entered for 2020–2022 gave three
// lines "2020年在孵企业数的实际值只用于当年：公式在该年无值（基期待补或为零）…" and no word of what would help,
// while the 录入基期 form asked for 孵化器、众创空间数 without saying why.
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../engine/cli/cliInputs.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runSync } from '../../engine/run/run.ts';

const plan = readPlan(undefined);
const scenario = {
  format: 'planpath/scenario@1',
  name: { zh: '录入' },
  actuals: { incubated_firms: { '2020': 60, '2021': 80, '2022': 95 } },
} as Scenario;

describe('actuals a formula waiting for a base cannot carry on', () => {
  it('are said once for the indicator, naming the base that would carry them', () => {
    const r = runSync(plan, scenario, { paths: 0 });
    const lines = anchoringMessages(plan, r).map((m) => renderMessage('zh', m));
    const about = lines.filter((l) => l.includes('在孵企业数'));
    expect(about).toEqual([
      '在孵企业数：2020–2022年的录入值只用于这几年；之后各年由公式推算，需先录入市级及以上科技孵化器、众创空间数的2020年值（基期待补），录入后即从这些录入值延续',
    ]);
    const en = anchoringMessages(plan, r).map((m) => renderMessage('en', m));
    expect(en.filter((l) => l.includes('Firms in incubation'))).toEqual([
      'Firms in incubation: the values entered for 2020–2022 are used for those years only; later years follow its formula, which needs the 2020 value of Municipal-or-higher incubators & maker spaces (base to be entered) — enter it and the run carries these values on',
    ]);
  });
});
