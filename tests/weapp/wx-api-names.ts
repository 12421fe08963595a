import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

/**
 * Every member of WeChat's `wx` object, as `miniprogram-api-typings` (WeChat's own published typings) declares
 * the `Wx` interface: the sandbox stubs exactly these, so a call to an API WeChat does not have fails as on a phone.
 */
export function wxApiNames(): string[] {
  const file = createRequire(import.meta.url).resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Wx') {
      for (const member of node.members) if (member.name && ts.isIdentifier(member.name)) names.add(member.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...names].sort();
}
