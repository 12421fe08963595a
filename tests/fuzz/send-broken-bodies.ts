import { connect, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { FuzzRole } from './fuzz-sessions';

/** What a body can do wrong on the wire; schemathesis sends only whole requests. */
const breakages = ['malformed', 'cut short', 'reset mid-body'] as const;
type Breakage = (typeof breakages)[number];

export interface BrokenBodyResult {
  requests: number;
  /** Answers of 500 or more, by operation and breakage. */
  serverErrors: string[];
  /** Times `/api/health` did not answer 200 right after a broken body. */
  healthFailures: number;
}

/** No answer within this is counted as none: the server gave up on the connection, which is a fine outcome. */
const ANSWER_WAIT_MS = 5_000;

/**
 * Sends every operation that takes a body (JSON or multipart, from the OpenAPI document) a malformed body, a body
 * that stops short of its Content-Length and closes, and one whose connection is reset mid-body, as each role.
 * `paramValues` fills path parameters that must name something real for the body to be read (the family's draft).
 */
export async function sendBrokenBodies(
  baseUrl: string,
  roles: FuzzRole[],
  paramValues: Record<string, string>,
): Promise<BrokenBodyResult> {
  const openapi = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };
  const result: BrokenBodyResult = { requests: 0, serverErrors: [], healthFailures: 0 };
  for (const [template, operations] of Object.entries(openapi.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const mediaType = Object.keys(operation.requestBody?.content ?? {})[0];
      if (!mediaType) continue;
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => paramValues[name] ?? placeholder(name));
      for (const role of roles) {
        for (const breakage of breakages) {
          const status = await sendBroken(baseUrl, method.toUpperCase(), path, mediaType, role.token, breakage);
          result.requests += 1;
          if (status >= 500) result.serverErrors.push(`${status} ${method.toUpperCase()} ${template} as ${role.role}: ${breakage}`);
          const health = await fetch(`${baseUrl}/api/health`).then((res) => res.status, () => 0);
          if (health !== 200) result.healthFailures += 1;
        }
      }
    }
  }
  return result;
}

function placeholder(name: string): string {
  if (/code/i.test(name)) return '520123';
  if (name === 'username') return 'director01';
  if (name === 'version') return '1';
  return randomUUID();
}

const boundary = 'fuzzboundary';

/** A body of the media type that is broken as asked; `declared` is the Content-Length sent with it. */
function brokenBody(mediaType: string, breakage: Breakage): { bytes: Buffer; declared: number } {
  const whole =
    mediaType === 'multipart/form-data'
      ? Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nhukouBook\r\n`),
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
          Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
          Buffer.alloc(2048, 7),
        ])
      : Buffer.from(JSON.stringify({ name: '小明', note: 'x'.repeat(512), list: [1, 2, 3] }));
  // Malformed: the bytes stop where they should not (no closing boundary, no closing brace) but match Content-Length.
  if (breakage === 'malformed') return { bytes: whole.subarray(0, whole.length - 3), declared: whole.length - 3 };
  return { bytes: whole.subarray(0, whole.length >> 1), declared: whole.length };
}

/** One broken request on a raw connection; its status, or 0 when the server closed without answering. */
async function sendBroken(baseUrl: string, method: string, path: string, mediaType: string, token: string | undefined, breakage: Breakage): Promise<number> {
  const { hostname, port } = new URL(baseUrl);
  const { bytes, declared } = brokenBody(mediaType, breakage);
  const contentType = mediaType === 'multipart/form-data' ? `multipart/form-data; boundary=${boundary}` : mediaType;
  const head = [
    `${method} ${path} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${declared}`,
    ...(token ? [`Authorization: Bearer ${token}`] : []),
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  const socket: Socket = connect(Number(port), hostname);
  socket.on('error', () => undefined);
  const answered = new Promise<number>((done) => {
    let received = '';
    const timer = setTimeout(() => done(0), ANSWER_WAIT_MS);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(received);
      if (status) {
        clearTimeout(timer);
        done(Number(status[1]));
      }
    });
    socket.once('close', () => {
      clearTimeout(timer);
      done(0);
    });
  });
  socket.write(Buffer.concat([Buffer.from(head), bytes]));
  if (breakage === 'cut short') socket.end();
  if (breakage === 'reset mid-body') setTimeout(() => socket.resetAndDestroy(), 20);
  const status = await answered;
  socket.destroy();
  return status;
}
