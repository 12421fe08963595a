import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyTitleOf } from './policy-titles';

const rulesDir = import.meta.dirname;
const citedFiles = new Set(
  readdirSync(rulesDir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => readFileSync(join(rulesDir, name), 'utf8').match(/\d{3}_[0-9a-f]{16}\.txt/g) ?? []),
);

describe('policy sources shown to staff', () => {
  it.each([...citedFiles])('%s, cited by the rules, reads as a title without letters', (file) => {
    const shown = policyTitleOf(`${file} 第五章第一节`);
    expect(shown).not.toMatch(/[A-Za-z]/);
    expect(shown).toMatch(/^《?.+第五章第一节$/);
  });
});
