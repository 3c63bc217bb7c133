// Bootstrap for a Node worker thread: registers tsx so the TypeScript engine loads without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./nodeWorkerEntry.ts');
