// Loads a plan fixture from tests/fixtures/analytics through the engine's own loader.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/analytics/${name}`, import.meta.url));
}

export function fixturePlan(name: string): Plan {
  const file = fixturePath(name);
  return loadPlan(JSON.parse(readFileSync(file, 'utf8')), file);
}
