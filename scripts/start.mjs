// `npm start`: installs, builds, then runs the server, which migrates, loads demo data and
// serves the SPA and the API on one port (PORT, default 3000). Needs nothing but Node.js 20+.
import { spawn } from 'node:child_process';
import { pnpm } from './pnpm.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Custodia needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

pnpm(['install', '--frozen-lockfile']);
pnpm(['run', 'build']);

console.log('\n▶ starting the server (Ctrl-C stops it)');
const server = spawn(process.execPath, ['--enable-source-maps', 'server/dist/index.js'], { stdio: 'inherit' });
// Ctrl-C reaches the server directly (same process group); we only forward signals sent to us alone.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
