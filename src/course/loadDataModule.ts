import fs from 'node:fs';
import ts from 'typescript';

/**
 * Runs a data module of the docs (TypeScript that may import types only, such as an
 * edition's schedule or tool versions) and returns one of its exports. Types are not
 * checked here; `npm run typecheck` does that.
 */
export function loadDataModule(file: string, exportName: string): unknown {
  const source = fs.readFileSync(file, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    fileName: file,
  });
  const module = { exports: {} as Record<string, unknown> };
  const requireNothing = (id: string) => {
    throw new Error(`it imports "${id}" at run time; a data module may import types only ("import type")`);
  };
  new Function('exports', 'require', 'module', outputText)(module.exports, requireNothing, module);
  return module.exports[exportName];
}
