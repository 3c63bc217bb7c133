// The page's entry. It starts the engine worker first, telling it what the address opens, and only then loads
// the page's code (main.ts): the worker's script is fetched and compiled alongside the page's, and a shared
// link's run starts in the worker while the page is still loading. Started from main.ts instead, the worker
// came up ≈ 200 ms later, after the page's whole script had been fetched and run. The styles are the entry's
// too, so the page's first paint is styled.
import './styles/base.css';
import './styles/cells.css';
import './styles/print.css';
import './styles/report.css';
import { startFirstWorker } from './client/startEngineWorker.ts';
import { bootOf } from './client/workerName.ts';

startFirstWorker(bootOf(location));
void import('./main.ts');
