import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Types } from 'mongoose';
import type { DocumentMeta } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { isDuplicateKey } from '../db/is-duplicate-key';
import type { Principal } from '../http/app-state';
import { loadCase } from '../applications/case-step';
import { documentModel, type DocumentDoc } from './document-model';
import { isFamilyDocumentKind, metaOf, toDocumentMeta, VISIT_PHOTO } from './document-meta';
import { uploaderOf } from './document-access';
import { attachDocument } from './attach-document';
import { MAX_UPLOAD_BYTES, readUpload } from './read-upload';
import { sniffImageType } from './sniff-image-type';
import { requireChildConsent } from '../consent/find-child-consent';

/**
 * Stores one photo under the id the app made and lists it on the application. A retry with the same id
 * (a weak network lost the answer) returns the first photo's metadata, even once the case has moved on.
 */
export async function saveDocument(
  deps: AppDeps,
  principal: Principal,
  applicationId: string,
  documentId: string,
  req: IncomingMessage,
  now = new Date(),
): Promise<{ meta: DocumentMeta; created: boolean }> {
  const doc = await loadCase(deps.db, applicationId);
  const Documents = documentModel(deps.db);
  const earlier = await Documents.findById(documentId, { data: 0 }).lean();
  if (doc && earlier?.applicationId.equals(doc._id) && earlier.accountId.toHexString() === principal.accountId) {
    req.resume();
    return { meta: toDocumentMeta(metaOf(earlier)), created: false };
  }
  const uploadedBy = uploaderOf(principal, doc);
  if (uploadedBy === 'family') await requireChildConsent(deps, principal.accountId);
  const upload = await readUpload(req, { maxBytes: MAX_UPLOAD_BYTES, idleTimeoutMs: deps.config.BODY_IDLE_TIMEOUT_SECONDS * 1000 });
  const kind = upload.fields.kind ?? '';
  const allowed = uploadedBy === 'staff' ? kind === VISIT_PHOTO : isFamilyDocumentKind(kind);
  if (!allowed) throw new AppError('VALIDATION_FAILED', { fields: { 'body.kind': '请选择照片对应的材料' } });
  if (!upload.file || upload.file.length === 0) throw new AppError('VALIDATION_FAILED', { fields: { 'body.file': '请选择要上传的照片' } });
  const contentType = sniffImageType(upload.file);
  if (!contentType) throw new AppError('FILE_TYPE_NOT_ALLOWED');
  if (earlier) throw new AppError('VALIDATION_FAILED', { fields: { 'params.documentId': '照片编号已被使用，请重新上传' } });

  const stored: DocumentDoc = {
    _id: documentId,
    applicationId: doc!._id,
    kind,
    contentType,
    size: upload.file.length,
    sha256: createHash('sha256').update(upload.file).digest('hex'),
    data: upload.file,
    uploadedBy,
    accountId: new Types.ObjectId(principal.accountId),
    createdAt: now,
  };
  try {
    await Documents.create(stored);
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // The same upload raced itself: the first insert stands and both answers carry its metadata.
    const first = await Documents.findById(documentId, { data: 0 }).lean();
    if (!first?.applicationId.equals(doc!._id)) throw new AppError('VALIDATION_FAILED', { fields: { 'params.documentId': '照片编号已被使用，请重新上传' } });
    return { meta: toDocumentMeta(metaOf(first)), created: false };
  }
  const meta = metaOf(stored);
  if (!(await attachDocument(deps.db, doc!, meta))) {
    // The case left the uploader's hands meanwhile (submitted, or acted on): keep nothing it does not list.
    await Documents.deleteOne({ _id: documentId });
    throw new AppError(uploadedBy === 'family' ? 'APPLICATION_NOT_EDITABLE' : 'STALE_VERSION');
  }
  return { meta: toDocumentMeta(meta), created: true };
}
