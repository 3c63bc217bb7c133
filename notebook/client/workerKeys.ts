// Names the page and its engine worker share: the key of the one plan the worker keeps, and the channel of
// the page's own runs (previews and full runs; a run there cancels the one before it).
export const PLAN_KEY = 'plan';
export const MAIN_CHANNEL = 'main';
