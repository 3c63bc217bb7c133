// A scenario added to the comparison under a name already there gets a version number, 规划默认（第2版）: two
// columns both titled 规划默认, one with GDP moved to 7.5%, could not be told apart in front of a director (a
// tester). Each language's name is numbered alike; the settings table says what differs.
import type { Working } from '../state/scenarioOps.ts';

type Name = { zh: string; en?: string };

/** `scenario` renamed so that no name in `taken` is its own; unchanged when it is already distinct. */
export function distinctName(scenario: Working, taken: readonly Working[]): Working {
  const name = scenario.name as Name | undefined;
  if (!name?.zh) return scenario;
  const same = (s: Working) => (s.name as Name | undefined)?.zh;
  const names = new Set(taken.map(same));
  if (!names.has(name.zh)) return scenario;
  let n = 2;
  while (names.has(`${name.zh}（第${n}版）`)) n++;
  return {
    ...scenario,
    name: { zh: `${name.zh}（第${n}版）`, ...(name.en ? { en: `${name.en} (version ${n})` } : {}) },
  } as Working;
}
