// A message of the target extractor (engine/extract/) as a catalogue message, for the CLI and the page's
// import section. The words are in engine/report/messages/extractMessages.ts.
import type { ExtractMessage } from '../extract/extractTypes.ts';
import { type Message, msg, num } from './messages/message.ts';

const MB = 1048576;

export function extractMessage(m: ExtractMessage): Message {
  if (m.code === 'text-too-large') {
    return msg('extract.text-too-large', {
      size: (m.bytes / MB).toFixed(1),
      limit: String(Number((m.limitBytes / MB).toFixed(1))),
    });
  }
  if (m.code === 'too-many-targets')
    return msg('extract.too-many-targets', { found: num(m.found), limit: m.limit });
  return msg(`extract.${m.code}`);
}
