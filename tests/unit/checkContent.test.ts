// cspell:ignore solutoin modlues
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/course/checkContent';

const landing = [
  '---',
  'title: Development environment',
  'session: 1',
  'description: The tools every later session builds on, set up once.',
  '---',
  '',
  'Intro.',
  '',
  '::modules',
  '',
].join('\n');

function moduleFile(frontMatter: Record<string, string>, body = goodBody): string {
  const fm = {
    title: 'The command line',
    module: '1',
    core: 'true',
    description: 'Shells, files, pipes and environment variables.',
    tools: '[bash]',
    ...frontMatter,
  };
  const lines = Object.entries(fm)
    .filter(([, v]) => v !== '<omit>')
    .map(([k, v]) => `${k}: ${v}`);
  return ['---', ...lines, '---', '', body].join('\n');
}

const goodBody = [
  'Why it matters.',
  '',
  '## How shells work',
  '',
  'Text.',
  '',
  '## Exercises',
  '',
  '1. Run it.',
  '',
  '   ```bash file=exercise_files/run.sh',
  '   ```',
  '',
  '   :::solution',
  '   Like this.',
  '   :::',
  '',
  '## Knowledge check',
  '',
  ':::quiz',
  '1. Which?',
  '',
  '   - [x] a',
  '   - [ ] b',
  '',
  '   > Because.',
  ':::',
  '',
  '## Wrap-up',
  '',
  '- Remember this.',
  '',
].join('\n');

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Writes a small docs folder and returns the formatted problems the check finds in it. */
function check(files: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  dirs.push(dir);
  const all = {
    's1_development_environment/index.mdx': landing,
    's1_development_environment/exercise_files/run.sh': 'echo hi\n',
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return checkContent(dir).map(formatProblem);
}

const s1 = (name: string) => `s1_development_environment/${name}`;

describe('content check', () => {
  it('passes a well-formed session and module', () => {
    expect(check({ [s1('command_line.mdx')]: moduleFile({}) })).toEqual([]);
  });

  it('reports malformed front matter with its line', () => {
    const problems = check({ [s1('command_line.mdx')]: moduleFile({ description: 'Shells: files: [pipes' }) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^s1_development_environment\/command_line\.mdx:\d+: front matter is not valid YAML/);
    expect(problems[0]).toContain('Write instead: "key: value" lines');
  });

  it('names a missing key and shows how to write it', () => {
    expect(check({ [s1('command_line.mdx')]: moduleFile({ tools: '<omit>' }) })).toEqual([
      's1_development_environment/command_line.mdx:1: front matter is missing "tools"\n  Write instead: tools: [DVC, Google Cloud Storage]',
    ]);
  });

  it('rejects a core flag that is not a boolean, on its line', () => {
    expect(check({ [s1('command_line.mdx')]: moduleFile({ core: 'yes please' }) })).toEqual([
      's1_development_environment/command_line.mdx:4: "core" must be true or false, not "yes please"\n  Write instead: core: true (core module) or core: false (optional module)',
    ]);
  });

  it('rejects a sidebar label typed by hand, since labels are derived', () => {
    const [problem] = check({ [s1('command_line.mdx')]: moduleFile({ sidebar_label: 'M1 · Shell' }) });
    expect(problem).toMatch(/:7: unknown front matter key "sidebar_label" \(labels, order and addresses are derived/);
  });

  it('rejects a duplicate module number, naming the page that has it', () => {
    const problems = check({
      [s1('command_line.mdx')]: moduleFile({}),
      [s1('package_manager.mdx')]: moduleFile({ title: 'Package manager' }),
    });
    expect(problems).toEqual([
      's1_development_environment/package_manager.mdx:3: module 1 is already used by s1_development_environment/command_line.mdx\n  Write instead: a module number no other page has (numbers in use: 1)',
    ]);
  });

  it('rejects a module filed under the wrong session', () => {
    const [problem] = check({ [s1('docker.mdx')]: moduleFile({ module: '10' }) });
    expect(problem).toContain('docker.mdx:3: module 10 does not belong to session S1');
    expect(problem).toContain('module: 1, module: 2, module: 3, module: 4');
  });

  it('reports a missing exercise file with the lesson line and path', () => {
    const body = goodBody.replace('exercise_files/run.sh', 'exercise_files/missing.sh');
    const [problem] = check({ [s1('command_line.mdx')]: moduleFile({}, body) });
    expect(problem).toMatch(
      /^s1_development_environment\/command_line\.mdx:19: the file "exercise_files\/missing\.sh" does not exist/,
    );
  });

  it('reports placeholder words', () => {
    const [problem] = check({
      [s1('command_line.mdx')]: moduleFile({}, goodBody.replace('Text.', 'TODO: explain pipes.')),
    });
    expect(problem).toBe(
      's1_development_environment/command_line.mdx:13: placeholder text "TODO"\n  Write instead: the finished text; a page that exists is finished',
    );
  });

  it('reports a misspelled directive with the right spelling', () => {
    const [problem] = check({
      [s1('command_line.mdx')]: moduleFile({}, goodBody.replace(':::solution', ':::solutoin')),
    });
    expect(problem).toBe(
      's1_development_environment/command_line.mdx:22: unknown block ":::solutoin"\n  Write instead: :::solution',
    );
  });

  it('reports a block left open', () => {
    const body = goodBody.replace('   Like this.\n   :::', '   Like this.');
    const [problem] = check({ [s1('command_line.mdx')]: moduleFile({}, body) });
    expect(problem).toMatch(/command_line\.mdx:22: the ":::solution" block opened here is never closed/);
  });

  it('reports a link to a lesson that does not exist', () => {
    const body = goodBody.replace('Text.', 'See [git](../s2_organisation_and_version_control/gti.mdx).');
    const [problem] = check({ [s1('command_line.mdx')]: moduleFile({}, body) });
    expect(problem).toMatch(
      /command_line\.mdx:13: the link "\.\.\/s2_organisation_and_version_control\/gti\.mdx" points to a file that does not exist/,
    );
  });

  it('ignores link syntax inside inline code', () => {
    const body = goodBody.replace('Text.', 'Write `![plot](reports/plot.png)` in your README.');
    expect(check({ [s1('command_line.mdx')]: moduleFile({}, body) })).toEqual([]);
  });

  it('reports an image without alt text', () => {
    fs.mkdirSync(path.join(os.tmpdir()), { recursive: true });
    const body = goodBody.replace('Text.', '![](./exercise_files/run.sh)');
    const [problem] = check({ [s1('command_line.mdx')]: moduleFile({}, body) });
    expect(problem).toMatch(/command_line\.mdx:13: the image "\.\/exercise_files\/run\.sh" has no alt text/);
  });

  it('requires the exercises, knowledge check and wrap-up sections', () => {
    const problems = check({ [s1('command_line.mdx')]: moduleFile({}, 'Only an introduction.\n') });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('a module page needs a "## Exercises" section');
  });

  it('rejects a landing page whose folder does not match its session', () => {
    const [problem] = check({ 's2_organisation_and_version_control/index.mdx': landing });
    expect(problem).toMatch(
      /s2_organisation_and_version_control\/index\.mdx:3: the folder "s2_organisation_and_version_control" does not match session: 1/,
    );
  });

  it('rejects a TODO left in an exercise file', () => {
    const [problem] = check({ [s1('exercise_files/train.py')]: 'x = 1\n# TODO: finish\n' });
    expect(problem).toBe(
      's1_development_environment/exercise_files/train.py:2: placeholder marker in an exercise file\n  Write instead: a "Your turn:" comment saying what the student writes, or the finished code',
    );
  });

  it('rejects a Markdown file among the exercise files', () => {
    const [problem] = check({ [s1('exercise_files/notes.md')]: '# Notes\n' });
    expect(problem).toContain(
      's1_development_environment/exercise_files/notes.md:1: a Markdown file among the exercise files',
    );
  });
});
