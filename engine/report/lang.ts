// The two languages every message and number is rendered in: Chinese first, English on request. One type
// for the engine's reports, the CLI and the page.
export type Lang = 'zh' | 'en';
