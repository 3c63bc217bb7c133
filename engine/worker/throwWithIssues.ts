// Comlink sends a thrown Error across as its message, name and stack only. A refused input (PlanError) also
// carries its file and issues, each with its catalogue message, so the page can say what is wrong in its own
// language rather than the English message; the receiving side's default handler copies them onto the
// Error it rethrows. Installed by a call, not on import: the package marks modules free of side effects, so
// a bare import would be dropped from the bundle.
import * as Comlink from 'comlink';
import { PlanError } from '../plan/PlanError.ts';

export function throwWithIssues(): void {
  const standard = Comlink.transferHandlers.get('throw')!;
  if ((standard as { withIssues?: true }).withIssues) return;
  const handler: Comlink.TransferHandler<unknown, unknown> & { withIssues: true } = {
    withIssues: true,
    canHandle: standard.canHandle,
    serialize(thrown: unknown) {
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
  };
  Comlink.transferHandlers.set('throw', handler);
}
