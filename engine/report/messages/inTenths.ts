// A message whose probabilities read to 0.1 point. A file (CSV, spreadsheet) carries P(met) as a number to 0.1
// point beside the verdict's sentence; the sentence said the page's whole percent (33%) beside 33.1, and a
// reader took the two for different figures. The page keeps whole percents, which is what its runs resolve.
import type { Message, MessageArg, MessageParams } from './message.ts';

function argInTenths(a: MessageArg): MessageArg {
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return a;
  if ('code' in a) return inTenths(a);
  if ('prob' in a) return { prob: a.prob, tenths: true };
  if ('list' in a) return { list: (a.list as readonly MessageArg[]).map(argInTenths), sep: a.sep };
  return a;
}

export function inTenths(message: Message): Message {
  if (!message.params) return message;
  const params: { [name: string]: MessageArg } = {};
  for (const [name, a] of Object.entries(message.params as MessageParams)) params[name] = argInTenths(a);
  return { code: message.code, params };
}
