import { bootstrap } from './bootstrap.ts';

/** The server: the API and the SPA on one port, and (unless RUN_JOBS=false) a worker for the jobs. */
async function main(): Promise<void> {
  const runtime = await bootstrap('server');
  const { config, logger, app, jobs } = runtime;
  if (config.runJobs) await jobs.startWorkers();
  else logger.info('RUN_JOBS=false: jobs are left to worker processes');
  const server = app.app.listen(config.port, config.host, () => {
    logger.info({ url: `http://localhost:${config.port}`, host: config.host }, 'listening');
  });
  runtime.beforeStop(async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // Requests in flight get five seconds to finish.
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
    await closed;
  });
  server.on('error', (error) => {
    logger.error({ err: error }, 'cannot listen');
    void runtime.stop().then(() => process.exit(1));
  });
}

void main();
