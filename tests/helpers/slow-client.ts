import http from 'http';

/** The parsed JSON answer: an upload's file list, or Strapi's error shape. */
type AnswerBody = Array<{ id: number }> & { error: { status: number; name: string; message: string } };
type SlowAnswer = { status: number; body: AnswerBody; answeredBeforeBodyWasSent: boolean };

/**
 * Posts a body in two parts with a pause between them, as a slow client would, and tells
 * whether the server answered before it had the whole body: a server that does closes the
 * connection while the client is still sending, and the client never reads the answer.
 */
export const postInTwoParts = (url: string, headers: Record<string, string>, body: Buffer, pauseMs = 300) =>
  new Promise<SlowAnswer>((resolve, reject) => {
    let bodySent = false;
    const post = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': String(body.length) } });
    post.on('response', (response) => {
      const answeredBeforeBodyWasSent = !bodySent;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text), answeredBeforeBodyWasSent }));
    });
    // A server that hung up early breaks the second write; the answer, if any, was already read.
    post.on('error', (error) => (bodySent ? reject(error) : undefined));
    const half = Math.floor(body.length / 2);
    post.write(body.subarray(0, half));
    setTimeout(() => {
      bodySent = true;
      post.end(body.subarray(half));
    }, pauseMs);
  });

/** One file as multipart to the upload endpoint, in two parts. */
export const uploadInTwoParts = (url: string, token: string, file: { name: string; type: string; content: Buffer }) => {
  const boundary = `----wellness${Date.now()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), file.content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return postInTwoParts(
    `${url}/api/upload`,
    { Authorization: `Bearer ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body
  );
};
