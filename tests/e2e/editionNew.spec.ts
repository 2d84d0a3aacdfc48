import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * What a build needs from the repository; node_modules is linked, not copied. Archived
 * editions stay behind: the copy starts as a site with one edition, so the build after
 * `edition:new` has the two that matter here and takes half the time.
 */
const siteFiles = [
  'docs',
  'src',
  'static',
  'i18n',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'package.json',
];

test('`npm run edition:new` on a copy of the repository archives this edition, starts the next, and builds', async () => {
  test.setTimeout(600_000);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-new-'));
  try {
    for (const name of siteFiles.filter((n) => fs.existsSync(n)))
      fs.cpSync(name, path.join(copy, name), { recursive: true });
    fs.symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'));
    // Pages show when they were last updated, which Docusaurus reads from git.
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
        cwd: copy,
        stdio: 'pipe',
      });
    fs.writeFileSync(path.join(copy, '.gitignore'), 'node_modules\nbuild\n.docusaurus\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'copy');
    const run = (...args: string[]) =>
      execFileSync(
        process.execPath,
        [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/new-edition.ts', ...args],
        {
          cwd: path.resolve('.'),
          env: { ...process.env, SITE_DIR: copy },
          encoding: 'utf8',
        },
      );
    const current = /edition: (\d{4})/.exec(fs.readFileSync('docs/pages/schedule.ts', 'utf8'))![1];
    const next = String(Number(current) + 1);

    expect(run(next, '--dry-run')).toContain('--dry-run: nothing was written.');
    expect(fs.existsSync(path.join(copy, 'versioned_docs', `version-${current}`))).toBe(false);

    const output = run(next);
    expect(output).toContain(`Archived the January ${current} edition under /${current}/.`);
    expect(fs.readFileSync(path.join(copy, 'docs/pages/schedule.ts'), 'utf8')).toContain(`edition: ${next}`);
    expect(JSON.parse(fs.readFileSync(path.join(copy, 'versions.json'), 'utf8'))[0]).toBe(current);

    execFileSync(process.execPath, [path.resolve('node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
      cwd: copy,
      env: { ...process.env, COURSE_EDITIONS: 'all' },
      stdio: 'pipe',
    });
    expect(fs.existsSync(path.join(copy, 'build/pages/timeplan', `mlops-${next}.ics`))).toBe(true);
    expect(fs.existsSync(path.join(copy, `build/${current}/pages/timeplan`, `mlops-${current}.ics`))).toBe(true);
    expect(fs.existsSync(path.join(copy, `build/${current}/s1_development_environment/index.html`))).toBe(true);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
