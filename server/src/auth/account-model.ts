import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { roles, textSizes } from '@ccs/shared';
import { sealedFields } from '../crypto/sealed-fields';

const accountSchema = new Schema(
  {
    name: { type: String, default: null },
    roles: { type: [String], enum: roles, required: true },
    /** Region-code prefix for staff (docs/policy.md "Region codes"); null for families and caregivers. */
    regionScope: { type: String, default: null },
    phone: { type: String, default: null },
    passwordHash: { type: String, default: null },
    /** Set when a staff member leaves: sign-in and token refresh are refused from then on. */
    disabledAt: { type: Date, default: null },
    /** Who took over the post, so a repeated succession request finishes the first one. */
    successorId: { type: Schema.Types.ObjectId, default: null },
    /** A password someone else set (an administrator, a roster import): sign-in opens a session that may only change it. */
    passwordChangeRequired: { type: Boolean, default: false },
    /**
     * The roster import that made the account (staff/import-staff-roster.ts). While `importPending` also names it, the
     * account is one of a batch not yet complete and stays disabled; `initialPasswordFrom` names it while the
     * import's one-time password is still the one that works, so a repeated upload may show it again.
     */
    importId: { type: String, default: null },
    importPending: { type: String, default: null },
    initialPasswordFrom: { type: String, default: null },
    textSize: { type: String, enum: textSizes, default: null },
    /** The 服务协议 and 个人信息处理说明 last agreed to at sign-in, and when (shared/src/consent/sign-in-terms.ts). */
    termsAgreed: { type: new Schema({ version: String, at: Date }, { _id: false }), default: null },
    /**
     * Set on a WeChat-only account when the family links its phone and a phone account already exists: the first
     * step of the merge (link-wechat-phone.ts), so a merge cut half-way is finished by the next sign-in or link.
     */
    mergedInto: { type: Schema.Types.ObjectId, default: null },
  },
  // Named, as the sealed fields bind their collection and field to each value.
  { collection: 'accounts', timestamps: true },
);

// Who holds a post (stage-holder.ts), asked on every submission and transition: staff by region and role.
accountSchema.index({ regionScope: 1, roles: 1 });
// A person's name and phone number are stored encrypted; sign-in finds the account through `identities`.
accountSchema.plugin(sealedFields([{ path: 'name', kind: 'text' }, { path: 'phone', kind: 'text' }]));

/**
 * How a person proves who they are: a phone number, a WeChat openid or a staff username.
 * One unique index over (kind, value) keeps each identity on one account; a separate
 * collection because FerretDB v1 has no partial indexes for optional unique fields.
 */
const identitySchema = new Schema(
  {
    // `staffPhone`: a staff member's work number, kept unique here; it signs nobody in (staff sign in by user name).
    kind: { type: String, enum: ['phone', 'wechat', 'username', 'staffPhone'], required: true },
    value: { type: String, required: true },
    /** HMAC of the value: what a sign-in's `{ kind, value }` filter is matched on (crypto/sealed-fields.ts). */
    valueHash: { type: String },
    accountId: { type: Schema.Types.ObjectId, required: true, index: true },
  },
  { collection: 'identities', timestamps: true },
);
identitySchema.index({ kind: 1, valueHash: 1 }, { unique: true });
// A phone number, an openid or a user name reaches a person: stored encrypted, found by its keyed hash.
identitySchema.plugin(sealedFields([{ path: 'value', kind: 'text', lookupHash: 'valueHash' }]));

export type AccountDoc = InferSchemaType<typeof accountSchema> & { _id: import('mongoose').Types.ObjectId };
export type IdentityKind = 'phone' | 'wechat' | 'username' | 'staffPhone';

export function accountModel(db: Connection): Model<InferSchemaType<typeof accountSchema>> {
  return db.models.Account ?? db.model('Account', accountSchema);
}

export function identityModel(db: Connection): Model<InferSchemaType<typeof identitySchema>> {
  return db.models.Identity ?? db.model('Identity', identitySchema);
}
