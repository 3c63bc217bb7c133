// The one door through which a statistics file enters: schema, then unique series ids. Errors name the
// file, the place and the value (PlanError), like a plan's.
import { inputIssue } from './inputIssue.ts';
import { ONE_SHOT } from './loadPlan.ts';
import { type InputIssue, PlanError } from './PlanError.ts';
import { type Statistics, statisticsSchema } from './statisticsSchema.ts';
import { zodIssues } from './zodIssues.ts';

export function loadStatistics(json: unknown, file: string): Statistics {
  const parsed = statisticsSchema.safeParse(json, ONE_SHOT);
  if (!parsed.success) throw new PlanError(file, zodIssues(json, parsed.error));
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  for (const [k, s] of parsed.data.series.entries()) {
    if (seen.has(s.id))
      issues.push(inputIssue(`series[${k}].id`, 'input.stat.duplicateSeries', undefined, s.id));
    seen.add(s.id);
    if (s.growthOf !== undefined && s.indicator !== undefined)
      issues.push(inputIssue(`series[${k}].growthOf`, 'input.stat.growthAndLevel', undefined, s.growthOf));
    if (s.growthOf !== undefined && s.unit.trim() !== '%')
      issues.push(inputIssue(`series[${k}].unit`, 'input.stat.growthUnit', undefined, s.unit));
  }
  if (issues.length > 0) throw new PlanError(file, issues);
  return parsed.data;
}
