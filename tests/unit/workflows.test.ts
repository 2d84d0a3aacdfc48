import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; steps: Step[]; needs?: string; permissions?: Record<string, string> }>;
}

const load = (name: string) => parse(fs.readFileSync(path.join('.github/workflows', name), 'utf8')) as Workflow;
const allSteps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('pull request workflow', () => {
  const workflow = load('test.yml');

  it('runs on pull requests', () => {
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('installs with npm ci, gets Chromium the usual way and runs npm test', () => {
    const runs = allSteps(workflow).map((s) => s.run);
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npx playwright install --with-deps chromium', 'npm test']));
    expect(runs.indexOf('npm ci')).toBeLessThan(runs.indexOf('npm test'));
  });

  it('uses Node 20 and the full git history', () => {
    const steps = allSteps(workflow);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(20);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });
});

describe('exercise runs in the pull request workflow', () => {
  const job = load('test.yml').jobs.exercises;

  it('installs what the runs need with uv and allows no skipped run', () => {
    const runs = job.steps.map((s) => s.run ?? '');
    expect(job.steps.some((s) => s.uses?.startsWith('astral-sh/setup-uv@'))).toBe(true);
    expect(runs.some((r) => r.includes('--list-needs') && r.includes('uv pip install'))).toBe(true);
    const run = job.steps.find((s) => s.run?.startsWith('npm run test:exercises'));
    expect(run?.run).toContain('--strict');
    expect(run?.env?.EXERCISE_PYTHON).toBe('.exercise-venv/bin/python');
  });
});

describe('deploy workflow', () => {
  const workflow = load('deploy.yml');

  it('installs a Chromium before the build, which draws the diagrams with it', () => {
    const runs = workflow.jobs.build.steps.map((s) => s.run);
    expect(runs.indexOf('npx playwright install --with-deps chromium')).toBeGreaterThan(-1);
    expect(runs.indexOf('npx playwright install --with-deps chromium')).toBeLessThan(runs.indexOf('npm run build:all'));
  });

  it('builds every edition from main with the GitHub Pages base URL and uploads the build folder', () => {
    expect(workflow.on).toHaveProperty('push', { branches: ['main'] });
    const build = workflow.jobs.build.steps;
    expect(build.find((s) => s.run === 'npm run build:all')?.env?.BASE_URL).toBe('/dtu_mlops/');
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('build');
  });

  it('deploys with the Pages permissions after the build', () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
