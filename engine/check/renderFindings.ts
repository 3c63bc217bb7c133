// Findings written out in one language, for the CLI and the tests; the page renders the same codes itself,
// keeping citations apart (renderParts).
import '../report/messages/checkMessages.ts';
import type { Lang } from '../report/lang.ts';
import { renderMessage } from '../report/messages/render.ts';
import type { Finding } from './planCheckContext.ts';

export interface FindingText extends Omit<Finding, 'message' | 'arithmetic'> {
  message: string;
  arithmetic: string;
}

export function renderFindings(findings: readonly Finding[], lang: Lang): FindingText[] {
  return findings.map((f) => ({
    ...f,
    message: renderMessage(lang, f.message),
    arithmetic: renderMessage(lang, f.arithmetic),
  }));
}
