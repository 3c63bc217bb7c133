// A task after the page's visible work: a view below the fold computes here, so that the views the planner
// sees first — and a result arriving meanwhile — are not queued behind it. scheduler.postTask at background
// priority where the browser has it (Chromium); nextTask elsewhere.
import { nextTask } from './nextTask.ts';

interface PostTask {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

export function laterTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => {}, { priority: 'background' }) : nextTask();
}
