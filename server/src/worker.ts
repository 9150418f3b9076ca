import { bootstrap } from './bootstrap.ts';

/**
 * A worker: the same modules and job code as the server, without HTTP. Run any number of them
 * (`node dist/worker.js`) next to servers started with RUN_JOBS=false; pg-boss gives each job to one.
 */
async function main(): Promise<void> {
  const runtime = await bootstrap('worker');
  await runtime.jobs.startWorkers();
  runtime.logger.info('working the job queues');
}

void main();
