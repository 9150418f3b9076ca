/**
 * Starts every server of support/e2e-servers.ts at once and answers on LAUNCHER_PORT when all are
 * ready. Playwright starts the entries of `webServer` one after another; seven servers that each
 * create, migrate and seed an embedded PostgreSQL took about 25 s that way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { LAUNCHER_PORT, e2eServers, type TE2eServer } from './e2e-servers.ts';

const READY_TIMEOUT_MS = 150_000;
const servers = e2eServers();
const children = new Map<string, ChildProcess>();
let stopping = false;

function prefixLines(name: string, chunk: Buffer): string {
  return chunk
    .toString('utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => `[${name}] ${line}\n`)
    .join('');
}

function start(server: TE2eServer): void {
  const child = spawn(server.command, server.args, {
    env: { ...process.env, ...server.env },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: Playwright signals the launcher's group, and a portal that got the signal
    // twice (from Playwright and from stop() below) would exit at once without stopping its database.
    detached: true,
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefixLines(server.name, chunk)));
  child.on('exit', (code, signal) => {
    children.delete(server.name);
    if (!stopping) {
      console.error(`[${server.name}] exited (${code ?? signal}) before the journeys ended`);
      stop(1);
    }
  });
  children.set(server.name, child);
}

async function answers(server: TE2eServer): Promise<boolean> {
  try {
    const response = await fetch(server.readyUrl, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return server.readyWhen === 'listening' || response.ok;
  } catch {
    return false;
  }
}

async function waitUntilReady(server: TE2eServer, deadline: number): Promise<void> {
  while (!(await answers(server))) {
    if (Date.now() > deadline) throw new Error(`${server.name} was not ready at ${server.readyUrl} after ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stop(exitCode: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) child.kill('SIGTERM');
  const exitWhenDone = setInterval(() => {
    if (children.size === 0) process.exit(exitCode);
  }, 100);
  // A server that does not stop within 10 s is killed; its embedded PostgreSQL recovers on the next start.
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
    clearInterval(exitWhenDone);
    process.exit(exitCode);
  }, 10_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

await Promise.all(servers.flatMap((s) => (s.wipeDir ? [rm(s.wipeDir, { recursive: true, force: true })] : [])));
servers.forEach(start);
const deadline = Date.now() + READY_TIMEOUT_MS;
try {
  await Promise.all(servers.map((server) => waitUntilReady(server, deadline)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop(1);
}
if (!stopping) {
  createServer((_request, response) => response.end('ready')).listen(LAUNCHER_PORT, '127.0.0.1');
  console.log(`every e2e server is ready (${servers.map((s) => s.name).join(', ')})`);
}
