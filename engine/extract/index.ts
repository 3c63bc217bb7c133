// Targets from the text of a plan: the folder's API. See extractTargets.ts for how a text is read.
export { DEFAULT_MAX_BYTES, extractTargets, refusesText } from './extractTargets.ts';
export type {
  BaseFact,
  Comparator,
  DraftKind,
  DraftTarget,
  DraftValue,
  ExtractMessage,
  ExtractOptions,
  ExtractResult,
} from './extractTypes.ts';
export { MAX_TARGETS } from './extractTypes.ts';
export { readChineseNumber } from './readChineseNumber.ts';
