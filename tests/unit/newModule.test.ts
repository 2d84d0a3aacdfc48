import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/course/checkContent';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A site with S4's landing page and the real outline, and a function that runs the script on it. */
function site(existingModules: number[] = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-module-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'src/data'), { recursive: true });
  fs.copyFileSync('src/data/outline.ts', path.join(dir, 'src/data/outline.ts'));
  const s4 = path.join(dir, 'docs/s4_debugging_and_logging');
  fs.mkdirSync(s4, { recursive: true });
  fs.writeFileSync(
    path.join(s4, 'index.mdx'),
    '---\ntitle: Debugging\nsession: 4\ndescription: Debug, profile and log the training code.\n---\n\nText.\n',
  );
  for (const number of existingModules) {
    fs.writeFileSync(path.join(s4, `m${number}.mdx`), `---\nmodule: ${number}\n---\n`);
  }
  const run = (...args: string[]) =>
    execFileSync('npx', ['tsx', path.resolve('scripts/new-module.ts'), ...args], {
      env: { ...process.env, SITE_DIR: dir },
      encoding: 'utf8',
    });
  return { dir, s4, run };
}

describe('npm run new:module', { timeout: 60_000 }, () => {
  it("takes the session's first free number and writes a page the content check sends back", () => {
    const { dir, s4, run } = site([12]);
    expect(run('--session', '4', '--slug', 'flame_graphs', '--title', 'Flame graphs', '--core')).toContain(
      'M13 · Flame graphs (core) in session S4',
    );
    const page = fs.readFileSync(path.join(s4, 'flame_graphs.mdx'), 'utf8');
    expect(page).toMatch(/^---\ntitle: Flame graphs\nmodule: 13\ncore: true\n/);
    expect(page).toContain('requires: []');
    expect(fs.existsSync(path.join(s4, 'exercise_files/flame_graphs'))).toBe(true);
    const problems = checkContent(path.join(dir, 'docs'))
      .filter((p) => p.file.endsWith('flame_graphs.mdx'))
      .map(formatProblem);
    expect(problems.join('\n')).toContain('"description" must be one sentence');
    expect(problems.join('\n')).toContain('the section "## Exercises" is empty');
    expect(problems.join('\n')).toContain('the module has no opening paragraphs');
  });

  it('adds a new number to the outline when the session has none left', () => {
    const { dir, run } = site([12, 13, 14, 15]);
    expect(run('--session', '4', '--slug', 'tracing', '--title', 'Tracing')).toContain('M35 · Tracing');
    expect(fs.readFileSync(path.join(dir, 'src/data/outline.ts'), 'utf8')).toContain('4: [12, 13, 14, 15, 35],');
  });

  it('refuses a slug that would make a bad address, and writes nothing', () => {
    const { s4, run } = site();
    expect(() => run('--session', '4', '--slug', 'Flame Graphs', '--title', 'Flame graphs')).toThrow(/--slug must be/);
    expect(fs.readdirSync(s4)).toEqual(['index.mdx']);
  });
});
