import { connect, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { seedCounty, signInFamily, startDraft } from '../../test-support/case-fixtures';
import { jpegBytes, uploadPhoto } from '../../test-support/document-fixtures';
import { httpClient } from '../../test-support/http-client';

// A one-second idle limit, so the stalled upload is given up while the test waits.
let server: TestServer;
let token: string;
let applicationId: string;

beforeAll(async () => {
  server = await startTestServer({ BODY_IDLE_TIMEOUT_SECONDS: '1' });
  await seedCounty(server);
  token = await signInFamily(server, '13900000001');
  applicationId = await startDraft(server, token);
}, 120_000);

afterAll(() => server?.close());

const boundary = 'xx';
/** A multipart body whose `file` part starts and never ends: no closing boundary (issue 16's request). */
const truncatedBody = Buffer.concat([
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nhukouBook\r\n`),
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
  jpegBytes(4096),
]);

function uploadHead(contentLength: number): string {
  return [
    `PUT /api/applications/${applicationId}/documents/${randomUUID()} HTTP/1.1`,
    `Host: 127.0.0.1`,
    `Authorization: Bearer ${token}`,
    `Content-Type: multipart/form-data; boundary=${boundary}`,
    `Content-Length: ${contentLength}`,
    '',
    '',
  ].join('\r\n');
}

/** A raw connection to the test server, so a test can send half a body, stop, or reset. */
async function openSocket(): Promise<Socket> {
  const { port } = new URL(server.baseUrl);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise((done, fail) => socket.once('connect', done).once('error', fail));
  return socket;
}

/** The server's answer: its head and its JSON body, read up to Content-Length, or up to the close if that comes first. */
function readResponse(socket: Socket): Promise<string> {
  let received = Buffer.alloc(0);
  return new Promise((done) => {
    const complete = () => {
      const text = received.toString('utf8');
      const headEnd = text.indexOf('\r\n\r\n');
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(text)?.[1]);
      if (headEnd >= 0 && received.length >= Buffer.byteLength(text.slice(0, headEnd + 4)) + length) done(text);
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      complete();
    });
    socket.once('close', () => done(received.toString('utf8')));
  });
}

function jsonOf(response: string) {
  return JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
}

/** The server still answers, and still takes a photo: nothing above stopped it or left it stuck. */
async function expectStillServing() {
  const health = await httpClient(server.baseUrl).get('/api/health');
  expect(health.status).toBe(200);
  const photo = await uploadPhoto(server, token, { applicationId, kind: 'hukouBook', bytes: jpegBytes() });
  expect(photo.status).toBe(201);
  expect(server.logLines.filter((line) => line.msg === 'unhandled error')).toEqual([]);
}

describe('no upload can stop the API', () => {
  it('a multipart body that ends inside the file part gets 400 BODY_INCOMPLETE in Chinese, and the API keeps serving', async () => {
    const socket = await openSocket();
    const answer = readResponse(socket);
    socket.write(Buffer.concat([Buffer.from(uploadHead(truncatedBody.length)), truncatedBody]));
    const response = await answer;
    socket.destroy();
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(jsonOf(response)).toMatchObject({ code: 'BODY_INCOMPLETE', message: '内容没有传完整，可能是网络断了。请检查网络后重新提交。' });
    await expectStillServing();
  });

  it('the same truncated body through fetch gets the same answer', async () => {
    const res = await fetch(`${server.baseUrl}/api/applications/${applicationId}/documents/${randomUUID()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: truncatedBody,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BODY_INCOMPLETE' });
    await expectStillServing();
  });

  it('an upload that stalls mid-body gets 408 BODY_TIMEOUT and its connection closed, and the API keeps serving', async () => {
    const socket = await openSocket();
    const closed = new Promise((done) => socket.once('close', done));
    const answer = readResponse(socket);
    // Declares the whole body, sends half, then sends nothing more while keeping the connection open.
    socket.write(Buffer.concat([Buffer.from(uploadHead(truncatedBody.length * 2)), truncatedBody]));
    const response = await answer;
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(response).toMatch(/\r\nConnection: close\r\n/i);
    expect(jsonOf(response)).toMatchObject({ code: 'BODY_TIMEOUT', message: expect.stringContaining('传得太慢') });
    await closed;
    await expectStillServing();
  });

  it('an upload whose connection is reset mid-body leaves the API serving', async () => {
    const incompleteBodies = () => server.logLines.filter((line) => line.code === 'BODY_INCOMPLETE').length;
    const before = incompleteBodies();
    const socket = await openSocket();
    socket.write(Buffer.concat([Buffer.from(uploadHead(truncatedBody.length * 2)), truncatedBody]));
    // Give the server time to start reading the body before the reset arrives.
    await new Promise((done) => setTimeout(done, 100));
    const closed = new Promise((done) => socket.once('close', done));
    socket.resetAndDestroy();
    await closed;
    await expectStillServing();
    // The handler ended with the refusal instead of waiting for a body that will never come.
    await expect.poll(incompleteBodies).toBe(before + 1);
  });

  it('the OpenAPI document declares the upload as multipart/form-data with its file, so the fuzzer sends such bodies', async () => {
    const doc = await httpClient(server.baseUrl).get('/api/openapi.json');
    const upload = doc.body.paths['/api/applications/{applicationId}/documents/{documentId}'];
    for (const method of ['put', 'post']) {
      const form = upload[method].requestBody.content['multipart/form-data'].schema;
      expect(form.required).toEqual(['kind', 'file']);
      expect(form.properties.file).toMatchObject({ type: 'string', format: 'binary' });
      expect(Object.keys(upload[method].responses)).toEqual(expect.arrayContaining(['400', '408', '413']));
    }
  });
});
