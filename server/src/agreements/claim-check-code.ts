import type { Connection } from 'mongoose';
import { checkCodeAlphabet, checkCodeLength } from '@ccs/shared/agreements/check-code';
import { sha256Hex } from './agreement-content-hash';
import { agreementKeyModel, claimAgreementKey } from './agreement-key-model';

/** Eight characters of the alphabet from the first 64 bits of a SHA-256 (hex). */
function codeOf(hashHex: string): string {
  let rest = BigInt(`0x${hashHex.slice(0, 16)}`);
  const base = BigInt(checkCodeAlphabet.length);
  let code = '';
  for (let index = 0; index < checkCodeLength; index += 1) {
    code += checkCodeAlphabet[Number(rest % base)];
    rest /= base;
  }
  return code;
}

/**
 * The 防伪码 of one agreement's content: derived from its content hash, so every read of the same content finds the
 * same code, and held by the key `check:<code>` (agreement-key-model.ts), so two agreements never share one: should
 * another content already hold it, the next candidate is derived from the hash again (`<hash>:1`, `:2`…). A code stays
 * with the content it was made for, so a copy printed before an edit keeps a code that no longer matches.
 */
export async function claimCheckCode(db: Connection, agreementId: string, contentHash: string): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const code = codeOf(attempt === 0 ? contentHash : sha256Hex(`${contentHash}:${attempt}`));
    const key = `check:${code}`;
    // A lost race means the key is there now: read it again rather than move on.
    for (let tries = 0; tries < 2; tries += 1) {
      const held = await agreementKeyModel(db).findById(key).lean();
      if (held) {
        if (held.agreementId === agreementId && held.data.contentHash === contentHash) return code;
        break;
      }
      if (await claimAgreementKey(db, { _id: key, agreementId, data: { contentHash }, createdAt: new Date() })) return code;
    }
  }
}
