import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { AppError } from '../errors/app-error';

/** Phones compress photos before sending (issue 3); a legible document photo fits well within this. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** Room for the multipart boundaries and the `kind` field around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export interface Upload {
  fields: Record<string, string>;
  file: Buffer | null;
}

export interface UploadLimits {
  maxBytes: number;
  /** A body that sends nothing for this long is given up (a stalled phone, or a slowloris holding a socket). */
  idleTimeoutMs: number;
}

/**
 * Reads a multipart/form-data body with one file (`file`) and short text fields, in any order
 * (Taro.uploadFile sends `formData` fields and the file as the platform likes). Too large a file is
 * FILE_TOO_LARGE; it is read to the end and dropped, never buffered past the limit. Every way the body can go
 * wrong ends in an AppError, never in an unhandled stream error (which would stop the process, issue 16): a body
 * cut off inside a part, a connection reset mid-body (BODY_INCOMPLETE), a body that stops arriving (BODY_TIMEOUT).
 */
export function readUpload(req: IncomingMessage, { maxBytes, idleTimeoutMs }: UploadLimits): Promise<Upload> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) return Promise.reject(new AppError('FILE_TOO_LARGE'));
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 1024, parts: 10 } });
  } catch (error) {
    return Promise.reject(new AppError('VALIDATION_FAILED', { cause: error, fields: { body: '请以 multipart/form-data 上传照片' } }));
  }
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const chunks: Buffer[] = [];
    let sawFile = false;
    let tooLarge = false;
    let idle: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: AppError | Upload) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      req.off('data', restartIdle);
      if (outcome instanceof AppError) {
        req.unpipe(parser);
        parser.destroy();
        reject(outcome);
      } else resolve(outcome);
    };
    const incomplete = (detail: string) => (error?: Error) => settle(new AppError('BODY_INCOMPLETE', { cause: error, detail }));
    function restartIdle() {
      clearTimeout(idle);
      idle = setTimeout(() => settle(new AppError('BODY_TIMEOUT', { detail: `no upload bytes for ${idleTimeoutMs} ms` })), idleTimeoutMs);
    }

    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream) => {
      // The file stream errors on its own when the body ends inside it; unheard, that error stops the process.
      stream.on('error', incomplete('body ended inside a file part'));
      if (name !== 'file' || sawFile) {
        stream.resume();
        return;
      }
      sawFile = true;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
      });
    });
    parser.on('error', incomplete('malformed or truncated multipart body'));
    parser.on('close', () => settle(tooLarge ? new AppError('FILE_TOO_LARGE') : { fields, file: sawFile ? Buffer.concat(chunks) : null }));
    req.on('error', incomplete('upload interrupted'));
    // A reset connection closes the request before its body is complete; piping alone would wait forever.
    req.on('close', () => {
      if (!req.complete) incomplete('connection closed mid-body')();
    });
    req.on('data', restartIdle);
    restartIdle();
    req.pipe(parser);
  });
}
