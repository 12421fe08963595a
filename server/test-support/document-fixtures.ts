import { randomBytes, randomUUID } from 'node:crypto';
import type { TestServer } from './start-test-server';

/** Bytes that start like a JPEG (FF D8 FF E0 … JFIF), as a phone camera writes them; the rest is filler. */
export function jpegBytes(size = 2048): Buffer {
  const bytes = randomBytes(size);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).copy(bytes);
  return bytes;
}

export function pngBytes(size = 1024): Buffer {
  const bytes = randomBytes(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  return bytes;
}

export interface PhotoUpload {
  applicationId: string;
  documentId?: string;
  kind?: string;
  bytes?: Buffer;
  /** What the client claims; the server must not believe it. */
  contentType?: string;
  method?: 'PUT' | 'POST';
}

/** Uploads a photo as the app does: multipart/form-data with `kind` and `file` (POST is what Taro.uploadFile sends). */
export async function uploadPhoto(server: TestServer, token: string, upload: PhotoUpload) {
  const form = new FormData();
  if (upload.kind !== undefined) form.append('kind', upload.kind);
  if (upload.bytes) form.append('file', new Blob([new Uint8Array(upload.bytes)], { type: upload.contentType ?? 'image/jpeg' }), 'photo.jpg');
  const documentId = upload.documentId ?? randomUUID();
  const response = await fetch(`${server.baseUrl}/api/applications/${upload.applicationId}/documents/${documentId}`, {
    method: upload.method ?? 'PUT',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body: any = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, body, documentId };
}

/** The photo's bytes and content type as the server returns them. */
export async function fetchPhoto(server: TestServer, token: string, applicationId: string, documentId: string) {
  const response = await fetch(`${server.baseUrl}/api/applications/${applicationId}/documents/${documentId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type'), bytes, headers: response.headers };
}
