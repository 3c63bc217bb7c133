// Runs every scenario in the comparison (full paths, each on its own channel) and yields their results as
// they arrive, keyed like the comparison list. A scenario with no actuals of its own runs on those entered in
// the current one (comparedScenario).
import type { RunResult } from '../../engine/index.ts';
import type { App, NamedScenario } from '../app.ts';
import { isAbort } from '../client/engineClient.ts';
import { onceMoreIfStopped } from '../client/onceMoreIfStopped.ts';
import { FULL_PATHS } from '../client/runController.ts';
import type { Lang } from '../i18n/lang.ts';
import { comparedScenario, type EnteredData } from '../model/comparedScenario.ts';
import { type ObservedGenerator, observe } from '../runtime/generators.ts';
import { scenarioName } from '../views/scenarioName.ts';

export interface ComparedRuns {
  runs: { key: string; name: string; result: RunResult }[];
  errors: { key: string; name: string; message: string }[];
  pending: number;
}

const cache = new Map<string, { json: string; result: RunResult }>();

export function comparisonRuns(
  app: App,
  list: readonly NamedScenario[],
  lang: Lang,
  /** The actuals entered in the current working scenario. */
  entered: EnteredData,
  /** Channels are `${channel}-${i}`: each consumer (the comparison, a chart cell) runs on its own. */
  channel = 'compare',
): ObservedGenerator<ComparedRuns> {
  return observe<ComparedRuns>((change) => {
    let alive = true;
    const runs = new Map<string, RunResult>();
    const errors: ComparedRuns['errors'] = [];
    let pending = 0;
    // Two scenarios of one name (the current one still called after a saved one) are told apart: 名称（2）.
    const names = distinctNames(
      list.map((e) => scenarioName(e.scenario, lang)),
      lang,
    );
    const emit = () =>
      change({
        runs: list.flatMap((e, i) => {
          const r = runs.get(e.key);
          return r ? [{ key: e.key, name: names[i]!, result: r }] : [];
        }),
        errors: [...errors],
        pending,
      });
    list.forEach((entry, i) => {
      const { scenario } = comparedScenario(entry.scenario, entered);
      const json = JSON.stringify(scenario);
      const hit = cache.get(entry.key);
      if (hit && hit.json === json) {
        runs.set(entry.key, hit.result);
        return;
      }
      pending++;
      // A worker restarted under the run (its watchdog) is asked again: its error had stood in the comparison.
      onceMoreIfStopped(() =>
        app.engine.run(`${channel}-${i}`, app.payload(scenario), { paths: scenario.paths ?? FULL_PATHS }),
      ).then(
        (result) => {
          cache.set(entry.key, { json, result });
          runs.set(entry.key, result);
          pending--;
          if (alive) emit();
        },
        (error: unknown) => {
          pending--;
          if (isAbort(error)) return;
          errors.push({
            key: entry.key,
            name: scenarioName(entry.scenario, lang),
            message: error instanceof Error ? error.message : String(error),
          });
          if (alive) emit();
        },
      );
    });
    emit();
    return () => {
      alive = false;
    };
  });
}

/** Names made distinct by their order: the second "按规划增速" reads "按规划增速（2）". */
export function distinctNames(names: readonly string[], lang: Lang): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : lang === 'zh' ? `${n}（${k}）` : `${n} (${k})`;
  });
}
