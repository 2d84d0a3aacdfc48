/**
 * Every exercise file students download must work: Python compiles and passes ruff's
 * default rules, and YAML, TOML and JSON files parse. Files named *_messy.py are
 * deliberately untidy starters for the linting exercise; they only have to compile.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { parse as parseToml } from 'smol-toml';
import { parseAllDocuments } from 'yaml';

const contentDir = path.resolve(process.argv[2] ?? 'docs');

function exerciseFiles(dir: string, inside = false): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return exerciseFiles(full, inside || entry.name === 'exercise_files');
    return inside ? [full] : [];
  });
}

// Ruff's default rule set of the version the pages name (npm's WebAssembly build of the same
// release). As in a project, modules beside a file and the course's package are first-party.
const ruffByFolder = new Map<string, Workspace>();
function ruffFor(file: string): Workspace {
  const folder = path.dirname(file);
  let workspace = ruffByFolder.get(folder);
  if (!workspace) {
    const siblings = fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((e) => (e.isFile() && e.name.endsWith('.py')) || (e.isDirectory() && /^[a-z_]\w*$/.test(e.name)))
      .map((e) => e.name.replace(/\.py$/, ''));
    workspace = new Workspace(
      { 'target-version': 'py312', lint: { isort: { 'known-first-party': ['corrupt_mnist', ...siblings] } } },
      0,
    );
    ruffByFolder.set(folder, workspace);
  }
  return workspace;
}
const problems: string[] = [];
const counts = { python: 0, yaml: 0, toml: 0, json: 0, other: 0 };
const files = exerciseFiles(contentDir);
const pythonFiles = files.filter((f) => f.endsWith('.py'));

if (pythonFiles.length > 0) {
  try {
    const compiled = fs.mkdtempSync(path.join(os.tmpdir(), 'exercise-pyc-'));
    const script =
      'import sys, py_compile, os\nfor i, f in enumerate(sys.argv[2:]): py_compile.compile(f, doraise=True, cfile=os.path.join(sys.argv[1], f"{i}.pyc"))';
    execFileSync('python3', ['-c', script, compiled, ...pythonFiles], {
      stdio: 'pipe',
    });
  } catch (error) {
    problems.push(`Python does not compile:\n${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
}

for (const file of files) {
  const shown = path.relative(process.cwd(), file);
  const text = fs.readFileSync(file, 'utf8');
  try {
    if (file.endsWith('.py')) {
      counts.python++;
      if (file.endsWith('_messy.py')) continue;
      for (const d of ruffFor(file).check(text) as {
        code: string | null;
        message: string;
        start_location: { row: number; column: number };
      }[]) {
        problems.push(
          `${shown}:${d.start_location.row}:${d.start_location.column}: ${d.code ?? 'syntax'} ${d.message}`,
        );
      }
    } else if (/\.ya?ml$/.test(file)) {
      counts.yaml++;
      for (const doc of parseAllDocuments(text)) {
        if ('errors' in doc && doc.errors.length > 0) throw new Error(doc.errors[0].message);
      }
    } else if (file.endsWith('.toml')) {
      counts.toml++;
      parseToml(text);
    } else if (/\.(json|ipynb)$/.test(file)) {
      counts.json++;
      JSON.parse(text);
    } else {
      counts.other++;
    }
  } catch (error) {
    problems.push(`${shown}: does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

for (const problem of problems) console.error(problem);
const summary = Object.entries(counts)
  .map(([kind, n]) => `${n} ${kind}`)
  .join(', ');
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in exercise files (${summary})`);
  process.exit(1);
}
console.log(`Exercise files check passed: ${summary}.`);
