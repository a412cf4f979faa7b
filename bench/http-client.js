// One request on a connection of its own. Pooled keep-alive connections race the server's
// 5 s idle timeout when a request follows a pause (an EXPLAIN, a check): the server closes the
// socket just as the client reuses it. No Accept-Encoding, as autocannon sends none.
const http = require('http');

const send = (baseUrl, { method = 'GET', path, headers = {}, body }, timeoutMs = 60_000) =>
  new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}${path}`, { method, headers, agent: false, timeout: timeoutMs }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, contentType: response.headers['content-type'], bytes: Buffer.concat(chunks) })
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });

/** The answer parsed as JSON (null when it is not JSON), with its status and raw text. */
const sendJson = async (baseUrl, options, timeoutMs) => {
  const { status, bytes } = await send(baseUrl, options, timeoutMs);
  const text = bytes.toString('utf8');
  try {
    return { status, text, body: JSON.parse(text) };
  } catch {
    return { status, text, body: null };
  }
};

module.exports = { send, sendJson };
