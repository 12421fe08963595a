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

/**
 * Reads a multipart/form-data body with one file (`file`) and short text fields, in any order
 * (Taro.uploadFile sends `formData` fields and the file as the platform likes). Too large a file is
 * FILE_TOO_LARGE; it is read to the end and dropped, never buffered past the limit.
 */
export function readUpload(req: IncomingMessage, maxBytes = MAX_UPLOAD_BYTES): Promise<Upload> {
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
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream) => {
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
    parser.on('error', (error) => reject(new AppError('VALIDATION_FAILED', { cause: error, detail: 'malformed multipart body' })));
    parser.on('close', () => {
      if (tooLarge) reject(new AppError('FILE_TOO_LARGE'));
      else resolve({ fields, file: sawFile ? Buffer.concat(chunks) : null });
    });
    req.on('error', (error) => reject(new AppError('VALIDATION_FAILED', { cause: error, detail: 'upload interrupted' })));
    req.pipe(parser);
  });
}
