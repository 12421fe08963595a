import type { IncomingMessage } from 'node:http';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { readUpload } from '../documents/read-upload';

/** A roster or a list of places is tens of kilobytes; a megabyte leaves room for thousands of rows. */
export const MAX_SPREADSHEET_BYTES = 1024 * 1024;

/**
 * The .xlsx of a multipart/form-data body (field `file`), through the hardened upload reader (size, stalls,
 * cut-off bodies); a file past the limit or no file at all is said in spreadsheet words, not photo words.
 */
export async function readSpreadsheetUpload(deps: AppDeps, req: IncomingMessage, maxBytes = MAX_SPREADSHEET_BYTES) {
  try {
    const upload = await readUpload(req, { maxBytes, idleTimeoutMs: deps.config.BODY_IDLE_TIMEOUT_SECONDS * 1000 });
    if (!upload.file || upload.file.length === 0) throw new AppError('VALIDATION_FAILED', { fields: { file: '请选择要上传的 .xlsx 表格文件' } });
    return upload;
  } catch (error) {
    if (error instanceof AppError && error.code === 'FILE_TOO_LARGE') throw new AppError('SPREADSHEET_TOO_LARGE', { cause: error });
    throw error;
  }
}
