// The year an evaluation is made as of (评估截至): null for every observation there is. A mid-term review written
// in 2023 is read again as it was — a figure reckoned for 2025 had settled 社零 as 未完成 beside a 2023 actual
// entered for the review (孙科长). A setting of the page, not of the scenario: a link opens at the latest data.
import { Store } from './store.ts';

export const evaluationAsOf = new Store<number | null>(null, {});
