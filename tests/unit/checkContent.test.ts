// cspell:ignore solutoin modlues uvv
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
    requires: '[]',
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
    expect(problem).toMatch(/:8: unknown front matter key "sidebar_label" \(labels, order and addresses are derived/);
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
      /^s1_development_environment\/command_line\.mdx:20: the file "exercise_files\/missing\.sh" does not exist/,
    );
  });

  it('reports placeholder words', () => {
    const [problem] = check({
      [s1('command_line.mdx')]: moduleFile({}, goodBody.replace('Text.', 'TODO: explain pipes.')),
    });
    expect(problem).toBe(
      's1_development_environment/command_line.mdx:14: placeholder text "TODO"\n  Write instead: the finished text; a page that exists is finished',
    );
  });

  it('reports a misspelled directive with the right spelling', () => {
    const [problem] = check({
      [s1('command_line.mdx')]: moduleFile({}, goodBody.replace(':::solution', ':::solutoin')),
    });
    expect(problem).toBe(
      's1_development_environment/command_line.mdx:23: unknown block ":::solutoin"\n  Write instead: :::solution',
    );
  });

  it('reports a block left open', () => {
    const body = goodBody.replace('   Like this.\n   :::', '   Like this.');
    const [problem] = check({ [s1('command_line.mdx')]: moduleFile({}, body) });
    expect(problem).toMatch(/command_line\.mdx:23: the ":::solution" block opened here is never closed/);
  });

  it('reports a link to a lesson that does not exist', () => {
    const body = goodBody.replace('Text.', 'See [git](../s2_organisation_and_version_control/gti.mdx).');
    const [problem] = check({ [s1('command_line.mdx')]: moduleFile({}, body) });
    expect(problem).toMatch(
      /command_line\.mdx:14: the link "\.\.\/s2_organisation_and_version_control\/gti\.mdx" points to a file that does not exist/,
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
    expect(problem).toMatch(/command_line\.mdx:14: the image "\.\/exercise_files\/run\.sh" has no alt text/);
  });

  it('reports a table whose header row leaves a column without a name', () => {
    const body = goodBody.replace(
      'Text.',
      ['Text.', '', '| | uv | pip |', '| --- | --- | --- |', '| speed | fast | slow |'].join('\n'),
    );
    const [problem] = check({ [s1('command_line.mdx')]: moduleFile({}, body) });
    expect(problem).toMatch(/command_line\.mdx:16: header cell 1 of a table is empty/);
    expect(problem).toContain('| Aspect |');
    const named = goodBody.replace('Text.', ['| Aspect | uv |', '| :-- | --: |', '| speed | fast |'].join('\n'));
    expect(check({ [s1('command_line.mdx')]: moduleFile({}, named) })).toEqual([]);
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

  describe('tool versions', () => {
    const versionsFile = [
      'export const versions = {',
      "  uv: { name: 'uv', version: '0.12', source: 'https://docs.astral.sh/uv/' },",
      "  'actions-checkout': { name: 'actions/checkout', version: 'v7', source: 'https://github.com/actions/checkout' },",
      '};',
      '',
    ].join('\n');

    it('rejects an exercise file that names another version, with the expected one', () => {
      const problems = check({
        'pages/versions.ts': versionsFile,
        [s1('exercise_files/train.dockerfile')]:
          'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.13 /uv /bin/\n',
      });
      expect(problems).toEqual([
        's1_development_environment/exercise_files/train.dockerfile:2: "astral-sh/uv:0.13" names uv 0.13; this edition teaches uv 0.12 (pages/versions.ts)\n  Write instead: astral-sh/uv:0.12, or change the version in pages/versions.ts if the course moves to 0.13',
      ]);
    });

    it('accepts a patch release of the version taught and an action major', () => {
      const problems = check({
        'pages/versions.ts': versionsFile,
        [s1('exercise_files/ci.yaml')]: 'steps:\n  - uses: actions/checkout@v7\n  - run: pip install uv==0.12.5\n',
      });
      expect(problems).toEqual([]);
    });

    it('rejects a page that types another version in a code block', () => {
      const body = goodBody.replace('Text.', '```yaml\n- uses: actions/checkout@v4\n```');
      const problems = check({ 'pages/versions.ts': versionsFile, [s1('command_line.mdx')]: moduleFile({}, body) });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /command_line\.mdx:15: "actions\/checkout@v4" names actions\/checkout v4; this edition teaches actions\/checkout v7/,
      );
    });

    it('rejects the code marker in prose, where MDX would read it as an expression', () => {
      const body = goodBody.replace('Text.', 'Install uv {{version:uv}} first, e.g. `uv=={{version:uv}}`.');
      const problems = check({ 'pages/versions.ts': versionsFile, [s1('command_line.mdx')]: moduleFile({}, body) });
      expect(problems).toEqual([
        's1_development_environment/command_line.mdx:14: "{{version:uv}}" in prose; it works only inside code\n  Write instead: :version[uv] in prose, or keep {{version:uv}} inside backticks or a code block',
      ]);
    });

    it('names an unknown version key on its line with the closest known one', () => {
      const body = goodBody.replace('Text.', 'Install uv :version[uvv] first.');
      const problems = check({ 'pages/versions.ts': versionsFile, [s1('command_line.mdx')]: moduleFile({}, body) });
      expect(problems).toEqual([
        's1_development_environment/command_line.mdx:14: unknown tool "uvv" in :version[uvv]\n  Write instead: :version[uv] (tools: uv, actions-checkout; a new tool goes into pages/versions.ts first)',
      ]);
    });
  });

  describe('project states', () => {
    const pyproject = (deps: string[]) =>
      `[project]\nname = "corrupt-mnist"\ndependencies = [${deps.map((d) => `"${d}"`).join(', ')}]\n`;
    const showsStart = goodBody.replace(
      '## Exercises\n',
      '## Exercises\n\n:::example[pyproject.toml at the start of this module]\n\n```toml file=exercise_files/logging/pyproject_start.toml\n```\n\n:::\n',
    );
    const states = (start: string, body = showsStart) => ({
      [s1('command_line.mdx')]: moduleFile({}),
      [s1('exercise_files/command_line/pyproject_end.toml')]: pyproject(['torch>=2.9']),
      [s1('logging.mdx')]: moduleFile({ title: 'Logging', module: '2' }, body),
      [s1('exercise_files/logging/pyproject_start.toml')]: start,
      [s1('exercise_files/logging/pyproject_end.toml')]: pyproject(['torch>=2.9', 'wandb']),
    });

    it('passes a start state equal to the previous end state, whatever its comments', () => {
      expect(check(states(`# the start\n${pyproject(['torch>=2.9'])}`))).toEqual([]);
    });

    it('rejects a start state that differs from the previous module end, naming the difference', () => {
      expect(check(states(pyproject(['torch>=2.8'])))).toEqual([
        's1_development_environment/exercise_files/logging/pyproject_start.toml:1: M2\'s start state differs from M1\'s end state (s1_development_environment/exercise_files/command_line/pyproject_end.toml): project.dependencies is ["torch>=2.8"], expected ["torch>=2.9"]\n  Write instead: the same tables and values as s1_development_environment/exercise_files/command_line/pyproject_end.toml (comments may differ); change the end state there if the project really changed',
      ]);
    });

    it('rejects a module page that does not show its start state', () => {
      const [problem] = check(states(pyproject(['torch>=2.9']), goodBody));
      expect(problem).toMatch(
        /^s1_development_environment\/logging\.mdx:\d+: the page does not show the state the project starts from/,
      );
    });
  });

  describe('prerequisites', () => {
    const s1Module = (module: string, requires: string) =>
      moduleFile({ title: `Module ${module}`, module, requires, description: 'A module of the first session, here.' });

    it('accepts modules that build on earlier ones', () => {
      expect(check({ [s1('a.mdx')]: s1Module('1', '[]'), [s1('b.mdx')]: s1Module('2', '[1]') })).toEqual([]);
    });

    it('rejects a module number the course does not have', () => {
      expect(check({ [s1('a.mdx')]: s1Module('1', '[99]') })).toEqual([
        's1_development_environment/a.mdx:7: M1 requires M99, which the course does not have\n  Write instead: requires: []',
      ]);
    });

    it('rejects a prerequisite from a later session', () => {
      const [problem] = check({ [s1('a.mdx')]: s1Module('2', '[12]') });
      expect(problem).toMatch(/a\.mdx:7: M2 \(session S1\) requires M12, which comes later, in session S4/);
    });

    it('rejects prerequisites that go round in a circle, on each module of the circle', () => {
      const problems = check({ [s1('a.mdx')]: s1Module('1', '[2]'), [s1('b.mdx')]: s1Module('2', '[1]') });
      expect(problems).toEqual([
        's1_development_environment/a.mdx:7: the prerequisites go round in a circle: M1 requires M2 requires M1\n  Write instead: remove M2 from "requires" here, or M1 from M2\'s "requires"',
        's1_development_environment/b.mdx:7: the prerequisites go round in a circle: M2 requires M1 requires M2\n  Write instead: remove M1 from "requires" here, or M2 from M1\'s "requires"',
      ]);
    });

    it('asks for "requires" on every module, empty when it builds on none', () => {
      const [problem] = check({ [s1('a.mdx')]: moduleFile({ requires: '<omit>' }) });
      expect(problem).toContain('front matter is missing "requires"');
    });
  });
});
