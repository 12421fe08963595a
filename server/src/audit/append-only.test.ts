import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../db/launch-database';

// The audit log is append-only by construction: no code path updates or deletes an entry. This reads the
// code base, so a new `.updateOne`, `.deleteMany`, `findOneAndUpdate`, raw `collection('audit_log')` or the
// like fails here; inserting and reading are the only uses.
const allowed = new Set(['create', 'insertMany', 'find', 'findOne', 'findById', 'countDocuments']);
const roots = ['server/src', 'server/scripts', 'tests', 'shared/src', 'scripts'];
const modelFile = 'server/src/audit/audit-log-model.ts';
const thisFile = 'server/src/audit/append-only.test.ts';

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(REPO_ROOT, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs|py|sh)$/.test(entry.name) ? [path] : [];
  });
}

/** Every method called on the audit model in one file: `auditLogModel(db).x(` and `const m = auditLogModel(db); m.x(`. */
function modelUses(text: string): string[] {
  const uses: string[] = [];
  for (const call of text.matchAll(/(function\s+)?auditLogModel\([^)]*\)\s*(\.\s*(\w+))?/g)) {
    if (call[1]) continue;
    if (call[3]) uses.push(call[3]);
    else {
      const before = text.slice(0, call.index);
      const bound = /(?:const|let|var)\s+(\w+)\s*=\s*(?:await\s+)?$/.exec(before);
      if (!bound) uses.push('(passed on unchecked)');
      else for (const use of text.matchAll(new RegExp(`\\b${bound[1]}\\s*\\.\\s*(\\w+)`, 'g'))) uses.push(use[1]!);
    }
  }
  return uses;
}

describe('the audit log is append-only', () => {
  const files = roots.flatMap(sourceFiles).filter((path) => path !== thisFile).map((path) => ({ path, text: readFileSync(join(REPO_ROOT, path), 'utf8') }));

  it('finds the code it checks', () => {
    expect(files.filter((file) => file.text.includes('auditLogModel(')).length).toBeGreaterThan(3);
  });

  it('only ever inserts into and reads the audit log through its model', () => {
    const misuses = files.flatMap((file) => modelUses(file.text).filter((use) => !allowed.has(use)).map((use) => `${file.path}: ${use}`));
    expect(misuses).toEqual([]);
  });

  it('names the collection and the model nowhere else, so nothing reaches it around the model', () => {
    const elsewhere = files.filter(
      (file) => file.path !== modelFile && /audit_log|models\.AuditEntry|model\(\s*['"]AuditEntry/.test(file.text),
    );
    expect(elsewhere.map((file) => file.path)).toEqual([]);
  });
});
