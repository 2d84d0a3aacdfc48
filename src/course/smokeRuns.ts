import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/**
 * A smoke run: how the test suite executes one exercise on CPU, offline, in a fresh
 * folder. Declared in `smoke.yaml` beside the exercise files it runs.
 */
export interface SmokeRun {
  /** What the run proves, e.g. "the buggy script stops at the shape bug". */
  name: string;
  /** The smoke.yaml it comes from, relative to the site. */
  file: string;
  /** Line of its entry in that file. */
  line: number;
  /** Files to copy into the run folder: `from` relative to smoke.yaml, `to` inside the run folder. */
  copy: { from: string; to: string }[];
  setup: string[];
  command: string;
  /** Distributions that must be installed, with optional version specifiers ("torch>=1.13"). */
  needs: string[];
  env: Record<string, string>;
  /** Seconds for setup and command together. */
  timeout: number;
  exit: number;
  /** Strings the combined output must contain. */
  expect: string[];
}

export class SmokeFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}:${line}: ${problem}\n  Write instead: ${fix}`);
  }
}

const keys = ['name', 'copy', 'setup', 'command', 'needs', 'env', 'timeout', 'exit', 'expect'] as const;
const example =
  'runs:\n  - name: what the run proves\n    command: python train.py --epochs 1\n    expect: ["epoch 1"]';

/** Reads one smoke.yaml; every mistake names its line and what to write instead. */
export function readSmokeFile(absolutePath: string, siteDir: string): SmokeRun[] {
  const file = path.relative(siteDir, absolutePath).split(path.sep).join('/');
  const lineCounter = new LineCounter();
  const document = parseDocument(fs.readFileSync(absolutePath, 'utf8'), { lineCounter });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const fail = (node: YamlNode | null | undefined, problem: string, fix: string): never => {
    throw new SmokeFileError(file, lineOf(node), problem, fix);
  };
  if (document.errors.length > 0) {
    const [error] = document.errors;
    throw new SmokeFileError(
      file,
      error.linePos?.[0].line ?? 1,
      `not valid YAML: ${error.message.split('\n')[0]}`,
      example,
    );
  }
  const root = document.contents;
  const runs = isMap(root) ? root.get('runs', true) : undefined;
  if (!isMap(root) || !isSeq(runs) || runs.items.length === 0) {
    fail(root as YamlNode, 'a smoke file holds a non-empty list "runs"', example);
  }
  const seen = new Set<string>();
  const plainRuns = (document.toJS() as { runs: Record<string, unknown>[] }).runs;
  return (runs as unknown as { items: YamlNode[] }).items.map((item, index) => {
    if (!isMap(item)) return fail(item, 'each run is a mapping of keys', example);
    const get = (key: string) => item.get(key, true) as YamlNode | undefined;
    for (const pair of item.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (!keys.includes(key as (typeof keys)[number])) {
        fail(pair.key as YamlNode, `unknown key "${key}"`, `only ${keys.join(', ')}`);
      }
    }
    const value = plainRuns[index];
    const text = (key: string): string => {
      const v = value[key];
      if (typeof v !== 'string' || !v.trim()) return fail(get(key) ?? item, `"${key}" must be text`, `${key}: ...`);
      return v;
    };
    const list = (key: string) => {
      const v = value[key] ?? [];
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
        return fail(get(key) ?? item, `"${key}" must be a list of text`, `${key}: ["..."]`);
      }
      return v as string[];
    };
    const name = text('name');
    if (seen.has(name))
      fail(get('name'), `a second run named "${name}" in this file`, 'a name no other run of the file has');
    seen.add(name);
    const command = text('command');
    const number = (key: string, fallback: number, min: number, max: number) => {
      const v = value[key] ?? fallback;
      if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) {
        return fail(get(key) ?? item, `"${key}" must be a whole number from ${min} to ${max}`, `${key}: ${fallback}`);
      }
      return v as number;
    };
    const copyValue = value.copy ?? [{ from: '.', to: '.' }];
    if (
      !Array.isArray(copyValue) ||
      !copyValue.every((c) => c && typeof c.from === 'string' && typeof c.to === 'string')
    ) {
      fail(get('copy') ?? item, '"copy" must be a list of {from, to} paths', 'copy:\n      - from: .\n        to: .');
    }
    const copy = copyValue as { from: string; to: string }[];
    for (const entry of copy) {
      const source = path.resolve(path.dirname(absolutePath), entry.from);
      if (!fs.existsSync(source)) {
        fail(
          get('copy'),
          `"${entry.from}" does not exist (looked for ${path.relative(siteDir, source)})`,
          'a path relative to this smoke.yaml',
        );
      }
      if (path.isAbsolute(entry.to) || entry.to.split(/[\\/]/).includes('..')) {
        fail(get('copy'), `"to: ${entry.to}" leaves the run folder`, 'a path inside the run folder, e.g. to: src');
      }
    }
    const envValue = value.env ?? {};
    if (
      typeof envValue !== 'object' ||
      Array.isArray(envValue) ||
      !Object.values(envValue as object).every((v) => typeof v === 'string')
    ) {
      fail(get('env') ?? item, '"env" must map names to text', 'env:\n      PYTHONPATH: src');
    }
    const expect = list('expect');
    const exit = number('exit', 0, 0, 255);
    if (expect.length === 0 && exit === 0) {
      fail(
        item,
        `the run "${name}" checks nothing but its exit code`,
        'expect: ["a line the command prints when it works"]',
      );
    }
    return {
      name,
      file,
      line: lineOf(item),
      copy,
      setup: list('setup'),
      command,
      needs: list('needs'),
      env: envValue as Record<string, string>,
      timeout: number('timeout', 60, 1, 600),
      exit,
      expect,
    };
  });
}

/** Every smoke.yaml under the content folders' exercise files, in path order. */
export function findSmokeFiles(contentDirs: readonly string[]): string[] {
  const walk = (dir: string, inside: boolean): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return walk(full, inside || entry.name === 'exercise_files');
        return inside && entry.name === 'smoke.yaml' ? [full] : [];
      });
  return contentDirs.filter((dir) => fs.existsSync(dir)).flatMap((dir) => walk(dir, false));
}
