// The embedded plan's 基准 verdicts with the shipped statistics, kept in a golden file: a change to any
// verdict, what it rests on, or its reason must be deliberate. Regenerate with
//   PLANPATH_UPDATE_GOLDEN=1 npx vitest run tests/engine/yaohaiVerdicts.test.ts
// and explain every changed row in the table of docs/feasibility.md (a test below holds the two together).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyStatistics } from '../../engine/plan/applyStatistics.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { loadScenario } from '../../engine/plan/loadScenario.ts';
import { loadStatistics } from '../../engine/plan/loadStatistics.ts';
import { runSync } from '../../engine/run/run.ts';
import { readJson } from './planFixtures.ts';

const GOLDEN = new URL('../golden/yaohai-verdicts.json', import.meta.url).pathname;
const DOC = new URL('../../docs/feasibility.md', import.meta.url).pathname;
const RUN = { paths: 2000, seed: 1 };

interface GoldenRow {
  id: string;
  verdict: string | null;
  reason: string | null;
  basis: string | null;
  baseSource: string | null;
}

function currentVerdicts(): GoldenRow[] {
  const plan = loadPlan(readJson('seeds/yaohai.plan.json'), 'seeds/yaohai.plan.json');
  const stats = loadStatistics(readJson(`seeds/${plan.meta.statistics}`), `seeds/${plan.meta.statistics}`);
  const applied = applyStatistics(plan, stats).plan;
  const baseline = loadScenario(readJson('scenarios/baseline.json'), 'baseline.json', applied);
  const r = runSync(applied, baseline, RUN);
  return r.targets.map((t) => {
    const x = t as unknown as {
      verdict?: { code: string; reason?: string | null } | null;
      verdictBasis?: string | null;
      baseSource?: string | null;
    };
    return {
      id: t.id,
      verdict: x.verdict?.code ?? null,
      reason: x.verdict?.reason ?? null,
      basis: x.verdictBasis ?? null,
      baseSource: x.baseSource ?? null,
    };
  });
}

describe('the Yaohai 基准 verdicts (golden)', () => {
  const now = currentVerdicts();
  if (process.env.PLANPATH_UPDATE_GOLDEN === '1')
    writeFileSync(
      GOLDEN,
      `${JSON.stringify({ run: { scenario: 'baseline', ...RUN }, targets: now }, null, 2)}\n`,
    );

  it('match the golden file', () => {
    expect(existsSync(GOLDEN), `${GOLDEN} missing: run with PLANPATH_UPDATE_GOLDEN=1`).toBe(true);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as { targets: GoldenRow[] };
    expect(now).toEqual(golden.targets);
  });

  it('give every simulated target a verdict and say what it rests on', () => {
    for (const row of now) {
      expect(row.verdict, row.id).not.toBeNull();
      expect(row.basis, row.id).not.toBeNull();
    }
  });

  it('are each explained in the table of docs/feasibility.md, with the same verdict and basis', () => {
    const doc = readFileSync(DOC, 'utf8');
    for (const row of now) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${row.id}\` `));
      expect(line, `docs/feasibility.md has no row for ${row.id}`).toBeTruthy();
      const cells = line!.split('|').map((c) => c.trim());
      expect(cells[2], row.id).toBe(`\`${row.verdict}\``);
      expect(cells[3], row.id).toBe(`\`${row.basis}\``);
      expect(cells[4]!.length, `${row.id}: say why`).toBeGreaterThan(20);
    }
  });
});
