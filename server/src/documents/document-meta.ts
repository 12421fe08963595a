import { documentLabels, type DocumentMeta } from '@ccs/shared';
import type { DocumentMetaDoc } from '../applications/application-model';
import type { DocumentDoc } from './document-model';

/** The photo kinds a home visit adds beside the family's supporting documents. */
export const VISIT_PHOTO = 'visitPhoto';

export const isFamilyDocumentKind = (kind: string): kind is keyof typeof documentLabels => Object.hasOwn(documentLabels, kind);

/** What the application's `documents` array keeps about a stored photo. */
export const metaOf = (stored: Omit<DocumentDoc, 'data' | 'sha256'>): DocumentMetaDoc => ({
  id: stored._id,
  kind: stored.kind,
  contentType: stored.contentType,
  size: stored.size,
  uploadedAt: stored.createdAt,
  uploadedBy: stored.uploadedBy,
  accountId: stored.accountId,
});

/** The metadata as the API shows it, with the Chinese name of the document. */
export const toDocumentMeta = (meta: DocumentMetaDoc): DocumentMeta => ({
  id: meta.id,
  kind: meta.kind,
  label: isFamilyDocumentKind(meta.kind) ? documentLabels[meta.kind] : '入户核实照片',
  contentType: meta.contentType,
  size: meta.size,
  uploadedAt: new Date(meta.uploadedAt).toISOString(),
  uploadedBy: meta.uploadedBy,
});
