// Comlink sends a thrown Error across as its message, name and stack only. A refused input (PlanError) also
// carries its file and issues, each with its catalogue message, so the page can say what is wrong in its own
// language rather than the English message; the receiving side's default handler copies them onto the
// Error it rethrows.
import * as Comlink from 'comlink';
import { PlanError } from '../plan/PlanError.ts';

const standard = Comlink.transferHandlers.get('throw')!;

Comlink.transferHandlers.set('throw', {
  canHandle: standard.canHandle,
  serialize(thrown) {
    const [serialized, transfers] = standard.serialize(thrown);
    const error = (thrown as { value: unknown }).value;
    if (!(error instanceof PlanError)) return [serialized, transfers];
    const withIssues = serialized as { value: Record<string, unknown> };
    return [
      { ...withIssues, value: { ...withIssues.value, file: error.file, issues: error.issues } },
      transfers,
    ];
  },
  deserialize: standard.deserialize,
});
