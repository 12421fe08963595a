import { z } from 'zod';
import { agreementIdParamsSchema, type AgreementParty } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { agreementReadSubject } from '../audit/audit-subjects';
import { AppError } from '../errors/app-error';
import { defineRoute } from '../http/define-route';
import { agreementViewer } from './agreement-access';
import { toAgreementView } from './agreement-view';
import { loadAgreement } from './load-agreement';
import { renderAgreementPdf } from './render-agreement-pdf';

/** The printable agreement (issue 4 §4), for its parties and the staff whose region covers the village. */
export function agreementPdfRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/agreements/:agreementId/pdf',
      summary: 'The agreement as a PDF: content, signatures, content hash and verification QR code',
      tag: 'agreements',
      access: 'signedIn',
      params: agreementIdParamsSchema,
      response: z.string().meta({ format: 'binary', description: 'application/pdf；未全部签字时页首写明“还没有全部签字”' }),
      mediaTypes: ['application/pdf'],
      audit: { action: 'agreement.pdf', record: ({ params, principal }) => agreementReadSubject(deps.db, params.agreementId, principal) },
      handler: async ({ principal, params, ctx }) => {
        const loaded = await loadAgreement(deps.db, params.agreementId);
        if (!loaded) throw new AppError('NOT_FOUND');
        const agreement = await toAgreementView(deps.db, loaded, agreementViewer(principal, loaded.doc));
        const signatureImages: Partial<Record<AgreementParty, Uint8Array>> = {};
        for (const signature of loaded.signatures) signatureImages[signature.party] = signature.image;
        // The QR code points at the portal this copy was downloaded from (X-Forwarded-* behind the proxy in
        // production). Koa 3's ctx.origin is the Origin request header, so the origin is built here.
        const origin = `${ctx.protocol}://${ctx.host}`;
        const verificationUrl = agreement.verificationPath ? `${origin}${agreement.verificationPath}` : null;
        const pdf = await renderAgreementPdf({ agreement, signatureImages, verificationUrl });
        ctx.type = 'application/pdf';
        const fileName = encodeURIComponent(`委托照护协议-${agreement.children.map((child) => child.name).join('、')}.pdf`);
        ctx.set('Content-Disposition', `inline; filename="agreement-${agreement.id}.pdf"; filename*=UTF-8''${fileName}`);
        ctx.set('Cache-Control', 'private, no-store');
        return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      },
    }),
  ];
}
