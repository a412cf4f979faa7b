#!/usr/bin/env node
// The ceiling: a bare Node http server that answers with bytes the app returned earlier (same
// body, same content type), doing no other work. Nothing serving those bytes from Node on this
// machine, through this load generator, can be faster.
// Usage (forked by bench/run.js): node bench/ceiling-server.js <responses.json> <port>
const fs = require('fs');
const http = require('http');

const [responsesFile, port] = process.argv.slice(2);
// [{ method, prefix, contentType, body (base64) }], longest prefix first.
const routes = JSON.parse(fs.readFileSync(responsesFile, 'utf8'))
  .map((route) => ({ ...route, body: Buffer.from(route.body, 'base64') }))
  .sort((a, b) => b.prefix.length - a.prefix.length);

const server = http.createServer((request, response) => {
  const route = routes.find((candidate) => candidate.method === request.method && request.url.startsWith(candidate.prefix));
  // A request body (GraphQL) is read to the end, as any server must before answering.
  request.resume();
  request.on('end', () => {
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': route.contentType, 'content-length': route.body.length });
    response.end(route.body);
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port }));
process.on('disconnect', () => process.exit(1));
process.on('SIGTERM', () => process.exit(0));
