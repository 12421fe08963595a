import { z } from 'zod';
import { residentIdSchema } from '../identity/resident-id-schema';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { plainText } from '../validation/plain-text';
import { checkCodeProblem, parseTypedCheck } from './check-code';
import {
  agreementParties,
  agreementStatuses,
  caregiverRelationLabels,
  declineReasons,
  parentRoleLabels,
  type CaregiverRelation,
  type ParentRole,
} from './agreement-status';

const phoneSchema = z.string().trim().regex(/^1\d{10}$/, '手机号码应为11位数字');
const nameSchema = plainText().min(1, '请填写姓名').max(32, '姓名太长了');

export const agreementIdParamsSchema = z.object({ agreementId: z.uuid('协议编号格式不对') });
export const agreementStatusSchema = z.enum(agreementStatuses);
export const agreementPartySchema = z.enum(agreementParties);

export const caregiverInputSchema = z.object({
  name: nameSchema,
  residentId: residentIdSchema,
  phone: phoneSchema,
  relation: z.enum(Object.keys(caregiverRelationLabels) as [CaregiverRelation, ...CaregiverRelation[]]),
});

export const parentInputSchema = z.object({
  role: z.enum(Object.keys(parentRoleLabels) as [ParentRole, ...ParentRole[]]),
  name: nameSchema,
  phone: phoneSchema,
  workPlace: plainText().min(1, '请填写在哪里打工（省、市、单位）').max(100, '写短一些'),
});

export const emergencyContactSchema = z.object({
  name: nameSchema,
  phone: phoneSchema,
  relation: plainText().min(1, '请填写和孩子的关系').max(16, '写短一些'),
});

export const agreementPeriodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((period) => period.end > period.start, { message: '结束日期要在开始日期之后', path: ['end'] });

/**
 * What the parent fills in (`PUT /api/agreements/:agreementId`); the whole draft replaces the stored one, so a
 * repeated save changes nothing. The duties come from the current template, not from the app.
 */
export const agreementDraftSchema = z
  .object({
    children: z.array(z.uuid()).min(1, '请至少选择一个孩子').max(10),
    caregiver: caregiverInputSchema,
    caregiverDeclaration: z.literal(true, '请确认照护人身体健康、有能力照顾孩子'),
    parents: z.array(parentInputSchema).min(1, '请至少填写一位父母').max(2),
    emergencyContacts: z.array(emergencyContactSchema).min(1, '请至少填写一位紧急联系人').max(3),
    period: agreementPeriodSchema,
    /** 更换照护人: the active agreement this new one replaces once it is signed (kept from the first save on). */
    supersedes: z.uuid().optional(),
  })
  .meta({ id: 'AgreementDraft' });
export type AgreementDraft = z.input<typeof agreementDraftSchema>;
export type AgreementDraftParsed = z.output<typeof agreementDraftSchema>;

export const dutySchema = z.object({ title: z.string(), text: z.string() });
export type Duty = z.infer<typeof dutySchema>;

export const signatureSchema = z
  .object({
    party: agreementPartySchema,
    name: z.string(),
    at: z.string(),
    /** The SHA-256 (hex) of the canonical content the party signed. */
    contentHash: z.string(),
    /** The SHA-256 (hex) of the signature image. */
    imageHash: z.string(),
  })
  .meta({ id: 'AgreementSignature' });
export type AgreementSignature = z.infer<typeof signatureSchema>;

export const agreementSchema = z
  .object({
    id: z.string(),
    status: agreementStatusSchema,
    statusLabel: z.string(),
    children: z.array(z.object({ id: z.string(), name: z.string(), maskedResidentId: z.string() })),
    caregiver: z.object({ name: z.string(), maskedResidentId: z.string(), phone: z.string(), relation: z.string() }),
    caregiverDeclaration: z.boolean(),
    parents: z.array(z.object({ role: z.string(), name: z.string(), phone: z.string(), workPlace: z.string() })),
    emergencyContacts: z.array(z.object({ name: z.string(), phone: z.string(), relation: z.string() })),
    period: z.object({ start: isoDateSchema, end: isoDateSchema }),
    template: z.object({ id: z.string(), version: z.number().int(), title: z.string(), duties: z.array(dutySchema) }),
    /** Null until the first signature seals the content: the 完整校验值 for those who check the seal. */
    contentHash: z.string().nullable(),
    /** The 防伪码 of the current content (K7PX-3MQ9, check-code.ts), what people type to check a copy; null until sealed. */
    checkCode: z.string().nullable(),
    /** Signatures on the current content only. */
    signatures: z.array(signatureSchema),
    /** Signatures that an edit after sealing voided; they must sign again. */
    voidedSignatures: z.array(signatureSchema),
    village: z.object({ code: z.string(), name: z.string() }),
    verificationCode: z.string().nullable(),
    /** The verification page's path (portal hash route); the QR code and the link to the school carry it. */
    verificationPath: z.string().nullable(),
    filedAt: z.string().nullable(),
    /** How the caller stands to it: the parent who drafted it, the caregiver, or staff. */
    viewerParty: z.enum(['parent', 'caregiver', 'staff']),
    /** Whether the caregiver has accepted the invitation with an account. */
    caregiverJoined: z.boolean(),
    /** The agreement this one replaces (更换照护人), and the signed one that replaced this one. */
    supersedes: z.string().nullable(),
    supersededBy: z.string().nullable(),
    /** For the parent: a replacement started and not yet signed by both (continue it rather than start another). */
    pendingReplacement: z.string().nullable(),
    /** The parent ended it early (a parent came home): from which day, and why. */
    termination: z.object({ on: isoDateSchema, reason: z.string() }).nullable(),
    /** The village's child director found on a visit that the caregiver can no longer care for the children. */
    caregiverUnable: z.object({ at: z.string(), notes: z.string() }).nullable(),
    /** The invited caregiver said no, with the reason chosen (if any), in words. */
    declined: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Agreement' });
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementListSchema = z.object({ agreements: z.array(agreementSchema) }).meta({ id: 'AgreementList' });
export type AgreementList = z.infer<typeof agreementListSchema>;

export const invitationSchema = z
  .object({
    token: z.string(),
    url: z.string(),
    /** The SMS with the invitation code, sent to the caregiver's phone: to whom (masked), when, and when it may go again; null when the carrier did not take it. */
    sms: z.object({ maskedPhone: z.string(), sentAt: z.string(), resendAt: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'AgreementInvitation' });
export type Invitation = z.infer<typeof invitationSchema>;
/** `resendSms`: the parent asks for the SMS again (the caregiver lost it); a plain repeat never sends a second one. */
export const invitationRequestSchema = z.object({ resendSms: z.boolean().optional() }).meta({ id: 'InvitationRequest' });
/** A link's long token, or the invitation code of the SMS (10 letters and digits, a dash or spaces allowed). */
export const invitationTokenParamsSchema = z.object({
  token: z.string().trim().regex(/^(?:[A-Za-z0-9_-]{20,64}|[A-Za-z0-9 -]{10,14})$/, '邀请码不完整，请核对短信里的邀请码'),
});

/** What the invitation page shows before the caregiver opens the agreement: who invites, for which child, until when. */
export const invitationPreviewSchema = z
  .object({
    parent: z.object({ name: z.string(), role: z.string() }),
    caregiverName: z.string(),
    children: z.array(z.string()),
    period: z.object({ start: isoDateSchema, end: isoDateSchema }),
  })
  .meta({ id: 'AgreementInvitationPreview' });
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** The caregiver cannot take the children on; the reason is optional and one of a short list. */
export const declineRequestSchema = z.object({ reason: z.enum(declineReasons).optional() }).meta({ id: 'DeclineRequest' });
export type DeclineRequest = z.input<typeof declineRequestSchema>;

/** A hand-drawn signature as a PNG data URL (at most ~300 KB). */
export const signatureRequestSchema = z
  .object({
    party: agreementPartySchema,
    image: z
      .string()
      .max(400_000, '签名图片太大了，请重新签')
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, '请在框里手写签名后再提交'),
    /** The caregiver confirms who they are by the ID number (and the name, when sent): must match what the parent entered. */
    identity: z.object({ name: plainText().min(1).optional(), residentId: z.string().trim() }).optional(),
    /** The `version` of the agreement the signer read; a newer one refuses with 409 AGREEMENT_CHANGED. */
    expectedVersion: z.number().int().optional(),
  })
  .meta({ id: 'SignatureRequest' });
export type SignatureRequest = z.input<typeof signatureRequestSchema>;

export const verificationParamsSchema = z.object({ verificationCode: z.string().regex(/^[A-Z0-9]{6,16}$/, '核验码格式不对') });
/** `hash`: what is printed on the copy, the 防伪码 (any case, with or without the dash) or the full content hash. */
export const verificationQuerySchema = z.object({
  hash: z
    .string()
    .max(100)
    .transform((typed, context) => {
      const parsed = parseTypedCheck(typed);
      if (!parsed) context.addIssue({ code: 'custom', message: checkCodeProblem(typed) });
      return parsed ?? z.NEVER;
    })
    .optional(),
});

/** What the public verification page shows: no ID numbers, names masked. */
export const agreementVerificationSchema = z
  .object({
    found: z.boolean(),
    status: agreementStatusSchema.nullable(),
    statusLabel: z.string().nullable(),
    contentHash: z.string().nullable(),
    checkCode: z.string().nullable(),
    period: z.object({ start: z.string(), end: z.string() }).nullable(),
    villageName: z.string().nullable(),
    signatures: z.array(z.object({ party: agreementPartySchema, name: z.string(), at: z.string() })),
    filedAt: z.string().nullable(),
    /** Present when `?hash=` was given: whether the copy's printed hash is the archived one. */
    matches: z.boolean().nullable(),
  })
  .meta({ id: 'AgreementVerification' });
export type AgreementVerification = z.infer<typeof agreementVerificationSchema>;

export const staffAgreementQuerySchema = z.object({ status: agreementStatusSchema.optional() });

export const agreementCoverageSchema = z
  .object({
    village: z.object({ code: z.string(), name: z.string() }).nullable(),
    total: z.number().int(),
    covered: z.number().int(),
    children: z.array(
      z.object({
        childId: z.string(),
        name: z.string(),
        maskedResidentId: z.string(),
        villageCode: z.string(),
        covered: z.boolean(),
        agreementId: z.string().nullable(),
        status: agreementStatusSchema.nullable(),
        periodEnd: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'AgreementCoverage' });
export type AgreementCoverage = z.infer<typeof agreementCoverageSchema>;
