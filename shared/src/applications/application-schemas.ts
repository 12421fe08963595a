import { z } from 'zod';
import { childFactsSchema } from '../rules/child-facts-schema';
import { programmes, type ProgrammeId } from '../rules/programmes';
import { roleSchema } from '../auth/auth-schemas';
import { regionRefSchema } from '../regions/region-schemas';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { childSchema } from '../children/child-schemas';
import { applicationStatuses } from './application-status';
import { caseActions } from './case-actions';
import { plainText } from '../validation/plain-text';

export const programmeIds = programmes.map((programme) => programme.id) as [ProgrammeId, ...ProgrammeId[]];
export const programmeIdSchema = z.enum(programmeIds);
export const applicationStatusSchema = z.enum(applicationStatuses);
export const caseActionSchema = z.enum(caseActions);

export const applicationIdParamsSchema = z.object({ applicationId: z.string().regex(/^[0-9a-f]{24}$/, '申请编号格式不对') });

/** The version of the consent text the family agreed to; the text itself is in the app. */
export const CONSENT_VERSION = '2026-11-v1';

/** Starts a draft, or returns the child's open draft of that programme (one per child and programme). */
export const draftRequestSchema = z
  .object({ childId: z.uuid(), programme: programmeIdSchema, facts: childFactsSchema.optional() })
  .meta({ id: 'DraftRequest' });

/** The family's answers so far; the whole set replaces the stored one, so a repeated save changes nothing. */
export const draftUpdateSchema = z.object({ facts: childFactsSchema }).meta({ id: 'DraftUpdate' });

export const submitRequestSchema = z
  .object({
    consent: z.object({
      version: z.literal(CONSENT_VERSION, '同意书已更新，请刷新后重新阅读并同意'),
      agreed: z.literal(true, '请先阅读并同意个人信息处理说明'),
    }),
  })
  .meta({ id: 'SubmitRequest' });

export const documentMetaSchema = z
  .object({
    id: z.string(),
    /** A documentLabels key, or `visitPhoto` for a photo the director took on the home visit. */
    kind: z.string(),
    label: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploadedAt: z.string(),
    uploadedBy: z.enum(['family', 'staff']),
  })
  .meta({ id: 'DocumentMeta' });
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const requiredDocumentSchema = z
  .object({ kind: z.string(), label: z.string(), why: z.string(), provided: z.boolean() })
  .meta({ id: 'RequiredDocumentStatus' });

export const holderSchema = z
  .object({ role: roleSchema, roleName: z.string(), region: regionRefSchema, name: z.string().nullable() })
  .meta({ id: 'CaseHolder' });
export type CaseHolder = z.infer<typeof holderSchema>;

export const amountLineSchema = z.object({ label: z.string(), amount: z.number() });

/** What the county fixed on approval; later raises of the standard never change it. */
export const grantSchema = z
  .object({
    monthly: z.number().nullable(),
    perYear: z.number().nullable(),
    perSchoolYear: z.number().nullable(),
    /** A one-off payment, e.g. temporary assistance set by staff. */
    once: z.number().nullable(),
    breakdown: z.array(amountLineSchema),
    text: z.string(),
    /** First day of the month after approval (docs/policy.md step 4). */
    paymentFrom: isoDateSchema,
    /** The family-facing sentence, e.g. "已批准，每月 700 元，自 2026年12月 起发放". */
    summary: z.string(),
  })
  .meta({ id: 'Grant' });
export type Grant = z.infer<typeof grantSchema>;

export const timelineEntrySchema = z
  .object({
    at: z.string(),
    /** `submitted`, `resubmitted`, `overdue`, `reassigned` or a case action. */
    event: z.string(),
    label: z.string(),
    actor: z.object({ role: roleSchema, roleName: z.string(), name: z.string().nullable() }).nullable(),
    fromStatus: applicationStatusSchema.nullable(),
    toStatus: applicationStatusSchema,
    reason: z.string().nullable(),
    notes: z.string().nullable(),
    /** Who holds the case after this step, and by when. */
    holder: holderSchema.nullable(),
    dueDate: isoDateSchema.nullable(),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/**
 * A case sent to the hukou place (跨省通办): which county's civil-affairs office, how far (`crossRegionScope`), when,
 * by when they are to answer, and their answer once staff record it (docs/policy.md "Hand-over to the hukou place").
 */
export const handoverSchema = z
  .object({
    scope: z.enum(['province', 'county', 'local']),
    /** 跨省, 跨县 or 异地, as the shared rule says. */
    word: z.string(),
    office: z.object({ code: z.string(), name: z.string() }),
    sentAt: z.string(),
    answerDue: isoDateSchema,
    answer: z
      .object({ accepted: z.boolean(), reference: z.string().nullable(), reason: z.string().nullable(), at: z.string() })
      .nullable(),
  })
  .meta({ id: 'Handover' });
export type Handover = z.infer<typeof handoverSchema>;

export const routingSchema = z
  .object({ region: regionRefSchema, place: z.enum(['hukou', 'residence']), crossRegion: z.boolean(), reason: z.string(), source: z.string() })
  .meta({ id: 'Routing' });

/** An application as its family sees it; staff see the same plus the rule evaluation. */
export const applicationSchema = z
  .object({
    id: z.string(),
    reference: z.string().nullable(),
    programme: programmeIdSchema,
    programmeName: z.string(),
    child: childSchema,
    status: applicationStatusSchema,
    statusLabel: z.string(),
    facts: childFactsSchema,
    documents: z.array(documentMetaSchema),
    /** Every document the rules ask for with these facts, and whether a photo of it is in. */
    requiredDocuments: z.array(requiredDocumentSchema),
    holder: holderSchema.nullable(),
    dueDate: isoDateSchema.nullable(),
    /** The due date passed through a year whose holidays are not announced yet. */
    dueProvisional: z.boolean(),
    overdue: z.boolean(),
    routing: routingSchema.nullable(),
    handover: handoverSchema.nullable(),
    grant: grantSchema.nullable(),
    /** The latest reason the case came back to the family, while it is with them. */
    returnReason: z.string().nullable(),
    timeline: z.array(timelineEntrySchema),
    version: z.number().int(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Application' });
export type Application = z.infer<typeof applicationSchema>;

export const applicationListSchema = z
  .object({
    applications: z.array(
      applicationSchema.pick({
        id: true,
        reference: true,
        programme: true,
        programmeName: true,
        status: true,
        statusLabel: true,
        dueDate: true,
        grant: true,
        updatedAt: true,
      }).extend({ childName: z.string() }),
    ),
  })
  .meta({ id: 'ApplicationList' });

const evaluationSchema = z.object({
  eligible: z.union([z.boolean(), z.literal('unknown')]),
  reasons: z.array(z.object({ text: z.string(), source: z.string() })),
  missingFacts: z.array(z.string()),
  amountText: z.string(),
});

/** The case page: the application, the child's full ID for the staff chain, the rules' verdict, the actions open to this person. */
export const caseDetailSchema = applicationSchema
  .extend({
    /** null when the programme is need-to-know and this staff member is not told it (`programmeName` is then neutral). */
    programme: programmeIdSchema.nullable(),
    /** Facts, documents and the rules' verdict that name a need-to-know condition were left out for this staff member. */
    withheld: z.boolean(),
    residentId: z.string(),
    /**
     * Who applied, so the director can call before the home visit: the name given with the child, the phone the
     * family signed in with, their relation to the child. Null where not known (a child added before the form asked
     * the name; a family signed in through WeChat, which gives no phone number).
     */
    applicant: z.object({ name: z.string().nullable(), phone: z.string().nullable(), relation: z.string() }),
    evaluation: evaluationSchema,
    /** Actions the signed-in staff member may take now (empty when someone else holds the case). */
    actions: z.array(caseActionSchema),
  })
  .meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** The queue's orders: earliest due first (overdue cases lead), or the latest submitted first. */
export const caseQueueSorts = ['due', 'submitted'] as const;
export type CaseQueueSort = (typeof caseQueueSorts)[number];

export const caseQuerySchema = z.object({
  status: applicationStatusSchema.optional(),
  programme: programmeIdSchema.optional(),
  sort: z.enum(caseQueueSorts).default('due'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const caseSummarySchema = z
  .object({
    id: z.string(),
    reference: z.string().nullable(),
    /** null when the programme is need-to-know and this staff member is not told it (`programmeName` is then neutral). */
    programme: programmeIdSchema.nullable(),
    programmeName: z.string(),
    childName: z.string(),
    status: applicationStatusSchema,
    statusLabel: z.string(),
    region: regionRefSchema,
    dueDate: isoDateSchema.nullable(),
    overdue: z.boolean(),
    missingDocumentCount: z.number().int(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** A staff member's queue: cases they hold, due first (so overdue ones lead), one page at a time. */
export const caseQueueSchema = z
  .object({ cases: z.array(caseSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'CaseQueue' });

export const transitionRequestSchema = z
  .object({
    action: caseActionSchema,
    /** The version the staff member saw; a case changed meanwhile is refused with 409 STALE_VERSION. */
    expectedVersion: z.number().int().min(0),
    reason: plainText({ multiline: true }).max(500).optional(),
    /** Home-visit notes (verify), or how the case was sent to the hukou place (handOver). */
    notes: plainText({ multiline: true }).max(2000).optional(),
    /** The hukou place's own reference number when it accepts a handed-over case (hukouAccept). */
    reference: plainText().min(1).max(40, '受理编号太长了').optional(),
    /** Temporary assistance only: the amount staff set (yuan, once). */
    amount: z.number().positive().max(100_000).optional(),
  })
  .meta({ id: 'TransitionRequest' });
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

/** 一人一档: everything staff in scope may see about one child. */
export const childFileSchema = z
  .object({
    child: childSchema.extend({ residentId: z.string() }),
    applications: z.array(caseSummarySchema.extend({ grant: grantSchema.nullable() })),
    grants: z.array(grantSchema.extend({ applicationId: z.string(), programmeName: z.string() })),
    visits: z.array(z.object({ applicationId: z.string(), at: z.string(), by: z.string().nullable(), notes: z.string() })),
  })
  .meta({ id: 'ChildFile' });
export type ChildFile = z.infer<typeof childFileSchema>;
