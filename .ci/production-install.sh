#!/usr/bin/env bash
# The production install as Strapi's Docker recipe does it, on a clone of this checkout with
# nothing beside it: `npm install --omit=dev`, `npm run build`, `NODE_ENV=production npm start`.
# A devDependency the build or the server needs fails here, not in a deploy. Then what every
# client and browser asks for must answer 200 without saying what serves it.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
server=''

cleanup() {
  # setsid made the server its own process group: npm does not pass SIGTERM on to strapi.
  if [ -n "$server" ]; then kill -- "-$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# From the path, not a remote: a CI checkout may have none. Only committed files come along.
git clone --quiet "$checkout" "$scratch/app"
cd "$scratch/app"

# --prefer-offline: the checkout's own install has just filled npm's cache with the same tarballs.
npm install --omit=dev --prefer-offline --no-audit --no-fund
npm run build

secret() { node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("base64"))'; }
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
base="http://127.0.0.1:$port"

# Production refuses example secrets, so fresh ones; the SQLite file lives in the scratch copy.
NODE_ENV=production HOST=127.0.0.1 PORT="$port" STRAPI_TELEMETRY_DISABLED=true \
  DATABASE_CLIENT=sqlite DATABASE_FILENAME=.tmp/production-check.db \
  APP_KEYS="$(secret),$(secret)" API_TOKEN_SALT="$(secret)" ADMIN_JWT_SECRET="$(secret)" \
  TRANSFER_TOKEN_SALT="$(secret)" JWT_SECRET="$(secret)" ENCRYPTION_KEY="$(secret)" \
  setsid npm start >"$scratch/server.log" 2>&1 &
server=$!

fail() {
  echo "production install check: $1" >&2
  tail -n 40 "$scratch/server.log" >&2
  exit 1
}

for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$base/robots.txt" && break
  kill -0 "$server" 2>/dev/null || fail 'the server exited while starting'
  sleep 1
done

for path in /api/articles /favicon.ico /robots.txt /apple-touch-icon.png; do
  status="$(curl -s -o /dev/null -D "$scratch/headers" -w '%{http_code}' "$base$path")"
  [ "$status" = 200 ] || fail "GET $path answered $status, not 200"
  if grep -qi '^x-powered-by:' "$scratch/headers"; then fail "GET $path carries an X-Powered-By header"; fi
done
echo 'production install check: npm install --omit=dev, build and NODE_ENV=production start all work'
