// nginx in front of app instances for the two-instance scenario: deploy/nginx/wellness-cms.conf
// rendered into a temporary directory with a private port, and nginx run from there as a
// non-daemon child (pid file, logs and temp files all in that directory), stopped at the end.
const { execFileSync, spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { appDir } = require('../app-env');
const { freePort, onCleanup } = require('../processes');

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const TEMPLATE = path.join(appDir, 'deploy', 'nginx', 'wellness-cms.conf');
const TEMP_DIRS = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];

/** "nginx 1.22.1", from `nginx -v` (which answers on stderr). */
const nginxVersion = () => {
  const { stdout, stderr, error } = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  if (error) return `nginx (not found at ${NGINX})`;
  return `${stdout}${stderr}`.trim().replace(/^nginx version: nginx\//, 'nginx ');
};

/** The deployment template with its placeholders filled in. */
const renderSite = ({ upstreams, port }) => {
  const values = {
    upstream_servers: upstreams.map((upstream) => `server ${upstream} max_fails=3 fail_timeout=10s;`).join('\n    '),
    listen: `127.0.0.1:${port}`,
    server_name: '127.0.0.1',
    client_max_body_size: '50m',
  };
  // The header's comments name the placeholders; they go, the rest is filled in.
  const template = fs.readFileSync(TEMPLATE, 'utf8').replace(/^#.*\{\{.*\n/gm, '');
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name) => {
    if (!(name in values)) throw new Error(`${TEMPLATE}: no value for ${placeholder}`);
    return values[name];
  });
};

/**
 * As root, nginx's workers drop to an unprivileged user; the temp directories they buffer
 * request and response bodies in must then be theirs.
 */
const workerUser = (dir) => {
  if (process.getuid?.() !== 0) return '';
  const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim());
  for (const name of TEMP_DIRS) fs.chownSync(path.join(dir, name), uid, gid);
  return `user nobody ${execFileSync('id', ['-gn', 'nobody'], { encoding: 'utf8' }).trim()};`;
};

const mainConfig = (dir, user) => `${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    access_log ${dir}/access.log;
    ${TEMP_DIRS.map((name) => `${name}_temp_path ${dir}/${name};`).join('\n    ')}
    include /etc/nginx/mime.types;
    include ${dir}/wellness-cms.conf;
}
`;

const waitForPort = async (port, child, timeoutMs = 10_000) => {
  const net = require('net');
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms`);
};

/** Starts nginx in front of `upstreams` ("127.0.0.1:port"); resolves with its URL and stop(). */
const startNginx = async ({ upstreams, logDir }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wellness-cms-nginx-'));
  const port = await freePort();
  try {
    fs.chmodSync(dir, 0o755);
    for (const name of TEMP_DIRS) fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'wellness-cms.conf'), renderSite({ upstreams, port }));
    fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir, workerUser(dir)));
    execFileSync(NGINX, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const log = fs.openSync(path.join(logDir, 'nginx.out'), 'w');
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // SIGQUIT: graceful shutdown of nginx; SIGKILL if it has not gone within five seconds.
    if (child.exitCode === null) child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    for (const name of ['error.log', 'access.log']) {
      if (fs.existsSync(path.join(dir, name))) fs.copyFileSync(path.join(dir, name), path.join(logDir, `nginx-${name}`));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  onCleanup(stop);
  process.on('exit', () => child.exitCode === null && child.kill('SIGKILL'));
  await waitForPort(port, child);
  return { baseUrl: `http://127.0.0.1:${port}`, port, dir, stop, errorLog: () => fs.readFileSync(path.join(dir, 'error.log'), 'utf8') };
};

module.exports = { startNginx, nginxVersion };
