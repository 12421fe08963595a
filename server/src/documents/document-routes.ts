import { z } from 'zod';
import { applicationIdParamsSchema, documentMetaSchema, isStaffRole } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { consumeRateLimit } from '../security/rate-limit';
import { deleteDocument } from './delete-document';
import { openDocument, WITHHELD_DOCUMENT } from './open-document';
import { saveDocument } from './save-document';
import { applicationSubject } from '../audit/audit-subjects';

const documentParamsSchema = applicationIdParamsSchema.extend({ documentId: z.uuid('照片编号格式不对') });
const path = '/api/applications/:applicationId/documents/:documentId';
const signedIn = ['family', 'childDirector', 'childSupervisor', 'countyOfficer', 'admin'] as const;
const uploadSummary =
  'Upload a photo as multipart/form-data: field `kind` (a supporting-document kind, or `visitPhoto` for the staff holding the case) ' +
  'and field `file` (JPEG, PNG or WEBP, at most 2 MB, type checked by content). 201 new, 200 a repeat of the same documentId.';

const uploadFormSchema = z.object({
  kind: z.string().meta({ description: '材料种类（如 hukouBook），入户核实照片为 visitPhoto' }),
  file: z.string().meta({ format: 'binary', description: '照片（JPEG、PNG 或 WEBP，不超过 2 MB）' }),
});

/** Photos of supporting documents and home visits. PUT is the REST form; POST the same, because Taro.uploadFile can only POST. */
export function documentRoutes(deps: AppDeps) {
  const upload = (method: 'put' | 'post') =>
    defineRoute({
      method,
      path,
      summary: uploadSummary,
      tag: 'documents',
      access: signedIn,
      params: documentParamsSchema,
      // Read from the stream in the handler (`read-upload.ts`); declared so the OpenAPI document and the fuzzer know it.
      multipart: uploadFormSchema,
      response: documentMetaSchema,
      mayCreate: true,
      rateLimit: ({ ctx, principal }) => consumeRateLimit(deps, ctx, 'submission', principal.accountId),
      audit: { action: 'document.upload', record: ({ params }) => applicationSubject(deps.db, params.applicationId, params.documentId) },
      handler: async ({ principal, params, ctx }) => {
        const { meta, created } = await saveDocument(deps, principal, params.applicationId, params.documentId, ctx.req);
        return new WithStatus(created ? 201 : 200, meta);
      },
    });
  return [
    upload('put'),
    upload('post'),
    defineRoute({
      method: 'get',
      path,
      summary: 'The photo itself, with its stored content type; staff views are recorded in the audit log',
      tag: 'documents',
      access: signedIn,
      params: documentParamsSchema,
      response: z.string().meta({ format: 'binary', description: '照片原始字节（image/jpeg、image/png 或 image/webp）' }),
      mediaTypes: ['image/jpeg', 'image/png', 'image/webp'],
      // The family looking at its own photos is not recorded; every staff view is.
      audit: {
        action: 'document.view',
        record: ({ principal, params }) =>
          principal.roles.some(isStaffRole) ? applicationSubject(deps.db, params.applicationId, params.documentId) : null,
        failure: {
          action: 'document.withheld',
          record: ({ params }, error) =>
            error.options.detail === WITHHELD_DOCUMENT ? applicationSubject(deps.db, params.applicationId, params.documentId) : null,
        },
      },
      handler: async ({ principal, params, ctx }) => {
        const stored = await openDocument(deps, principal, params.applicationId, params.documentId);
        ctx.type = stored.contentType;
        ctx.set('Cache-Control', 'private, no-store');
        ctx.set('X-Content-Type-Options', 'nosniff');
        return stored.data;
      },
    }),
    defineRoute({
      method: 'delete',
      path,
      summary: 'The family removes one of its photos (draft or returned application); removing a removed photo is fine',
      tag: 'documents',
      access: ['family'],
      params: documentParamsSchema,
      status: 204,
      response: z.null(),
      audit: { action: 'document.delete', record: ({ params }) => applicationSubject(deps.db, params.applicationId, params.documentId) },
      handler: async ({ principal, params }) => {
        await deleteDocument(deps, principal, params.applicationId, params.documentId);
      },
    }),
  ];
}
