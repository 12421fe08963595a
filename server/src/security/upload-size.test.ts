import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '@ccs/shared/errors/error-codes';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { signInFamily, startDraft } from '../../test-support/case-fixtures';
import { jpegBytes } from '../../test-support/document-fixtures';

const county = seededCountySuite();
let token: string;
let applicationId: string;

beforeAll(async () => {
  token = await signInFamily(county.server, '13900000001');
  applicationId = await startDraft(county.server, token);
});

const TWENTY_MB = 20 * 1024 * 1024;

describe('a 20 MB upload (issue 7 §4)', () => {
  it('is refused with 413 FILE_TOO_LARGE after its first 64 KB, before the rest is sent, so the server never holds it', async () => {
    const boundary = 'matrixboundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nhukouBook\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const url = new URL(`${county.server.baseUrl}/api/applications/${applicationId}/documents/${randomUUID()}`);
    const answer = await new Promise<{ status: number; body: { code: string; message: string } }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(TWENTY_MB) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode!, body: JSON.parse(text) });
            req.destroy();
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
      // Only the start of the body goes out; the answer must come without the other 19.9 MB.
      req.write(Buffer.concat([head, jpegBytes(64 * 1024)]));
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'FILE_TOO_LARGE', message: errorMessages.FILE_TOO_LARGE });
  });
});
