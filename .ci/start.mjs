// `npm start`: install what is missing, build, and serve the production build on
// http://localhost:4173 until Ctrl-C. Loopback only. "localhost" may resolve to ::1, 127.0.0.1 or
// both, and browsers and curl try them in different orders, so we listen on every loopback
// address it resolves to: vite on the first, a plain TCP forwarder on the others.
import { spawn, spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, ensureNodeModules } from './ensure.mjs';

const PORT = 4173;
const URL_SHOWN = `http://localhost:${PORT}/`;
const vite = () => join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

ensureNodeModules();

const build = spawnSync(process.execPath, [vite(), 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nstart: the build failed (see above); nothing to serve.');
  process.exit(build.status ?? 1);
}

const addrs = (await lookup('localhost', { all: true }).catch(() => [])).map((a) => a.address);
const loopback = addrs.filter((a) => a === '::1' || a.startsWith('127.'));
const primary = (await lookup('localhost').catch(() => ({ address: '127.0.0.1' }))).address;
const host = loopback.includes(primary) ? primary : '127.0.0.1';
const others = [...new Set(loopback)].filter((a) => a !== host);

const server = spawn(
  process.execPath,
  [vite(), 'preview', '--host', host, '--port', String(PORT), '--strictPort'],
  { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] },
);
let stderr = '';
server.stderr.on('data', (d) => {
  stderr += d;
  process.stderr.write(d);
});
server.on('exit', (code, signal) => {
  if (/already in use|EADDRINUSE/i.test(stderr)) {
    console.error(
      `\nstart: port ${PORT} is busy. Stop the other server (\`lsof -i :${PORT}\` or \`ss -ltnp | grep ${PORT}\` shows it) and run \`npm start\` again.`,
    );
  }
  process.exit(code ?? (signal ? 0 : 1));
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => server.kill(sig));

// Forward the other loopback addresses of "localhost" to vite.
const hostForUrl = host.includes(':') ? `[${host}]` : host;
for (const addr of others) {
  const fwd = createServer((client) => {
    const upstream = createConnection({ host, port: PORT });
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop);
    upstream.on('error', drop);
  });
  fwd.on('error', (err) =>
    console.error(`start: could not also listen on ${addr}:${PORT} (${err.code ?? err.message}).`),
  );
  fwd.listen(PORT, addr);
  fwd.unref();
}

// Tell the user once the page really answers at the address they will type.
const deadline = Date.now() + 30_000;
while (Date.now() < deadline) {
  try {
    if ((await fetch(`http://${hostForUrl}:${PORT}/`)).ok) {
      console.log(`\n  DCCI Dashboard is running at ${URL_SHOWN}  (Ctrl-C to stop)\n`);
      break;
    }
  } catch {
    /* not listening yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}
