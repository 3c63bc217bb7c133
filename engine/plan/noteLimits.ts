// The longest note a scenario holds, in characters: its text and its title. Apart from the scenario schema so
// that the page's note cells read them without the schema (and zod) in the page's first load.
export const NOTE_TEXT_MAX = 100_000;
export const NOTE_TITLE_MAX = 200;
