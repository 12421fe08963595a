import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

/**
 * Every member of WeChat's `wx` object, as `miniprogram-api-typings` (WeChat's own published typings) declares
 * the `Wx` interface: the sandbox stubs exactly these, so a call to an API WeChat does not have fails as on a phone.
 */
export function wxApiNames(): string[] {
  return [...wxApis().keys()].sort();
}

/** The `wx` APIs WeChat marks `@deprecated` (chooseImage for chooseMedia, getSystemInfoSync, …). */
export function deprecatedWxApis(): Set<string> {
  return new Set([...wxApis()].filter(([, deprecated]) => deprecated).map(([name]) => name));
}

let parsed: Map<string, boolean> | undefined;

/** Each `wx` member and whether it is deprecated, from the typings (parsed once: the file is 1 MB). */
function wxApis(): Map<string, boolean> {
  if (parsed) return parsed;
  const file = createRequire(import.meta.url).resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const apis = new Map<string, boolean>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Wx') {
      for (const member of node.members) {
        if (!member.name || !ts.isIdentifier(member.name)) continue;
        // The member's doc comment is the text between its position and its first token.
        const deprecated = source.text.slice(member.pos, member.getStart(source)).includes('@deprecated');
        // Overloads: deprecated only when every declaration of the name is.
        apis.set(member.name.text, (apis.get(member.name.text) ?? true) && deprecated);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed = apis;
  return apis;
}
