import http from 'http';

type SlowUpload = { status: number; body: any; answeredBeforeBodyWasSent: boolean };

/**
 * Posts one file as multipart in two parts with a pause between them, as a slow client would,
 * and tells whether the server answered before it had the whole body: a server that does
 * closes the connection while the client is still sending.
 */
export const uploadInTwoParts = (url: string, token: string, file: { name: string; type: string; content: Buffer }, pauseMs = 300) =>
  new Promise<SlowUpload>((resolve, reject) => {
    const boundary = `----wellness${Date.now()}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    );
    const body = Buffer.concat([head, file.content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    let bodySent = false;
    const upload = http.request(`${url}/api/upload`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': body.length,
      },
    });
    upload.on('response', (response) => {
      const answeredBeforeBodyWasSent = !bodySent;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text), answeredBeforeBodyWasSent }));
    });
    // A server that hung up early breaks the second write; the answer, if any, was already read.
    upload.on('error', (error) => (bodySent ? reject(error) : undefined));
    const half = Math.floor(body.length / 2);
    upload.write(body.subarray(0, half));
    setTimeout(() => {
      bodySent = true;
      upload.end(body.subarray(half));
    }, pauseMs);
  });
