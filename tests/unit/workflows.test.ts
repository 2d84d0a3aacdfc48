import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { testSteps } from '../../scripts/testSteps';

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
  const runsOf = (job: string) => workflow.jobs[job].steps.map((s) => s.run ?? '');

  it('runs on pull requests', () => {
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('runs every part of npm test: the checks, the unit tests, the build of every edition and the end-to-end tests', () => {
    expect(runsOf('checks')).toEqual(
      expect.arrayContaining([
        'npm ci',
        'npm run typecheck',
        'npm run lint',
        'npm run check:content',
        'npm run check:exercises',
        'npm run test:unit',
      ]),
    );
    expect(runsOf('build')).toEqual(expect.arrayContaining(['npm ci', 'npm run build:all']));
    expect(runsOf('e2e')).toEqual(expect.arrayContaining(['npx playwright install --with-deps chromium']));
    for (const part of testSteps) {
      const inWorkflow = Object.values(workflow.jobs).some((job) =>
        job.steps.some(
          (s) =>
            s.run?.includes(`npm run ${part}`) || (part === 'test:e2e' && s.run?.startsWith('npx playwright test')),
        ),
      );
      expect(inWorkflow, `npm test's "${part}" runs in the workflow`).toBe(true);
    }
  });

  it('shards the end-to-end tests over the build of every edition made once', () => {
    const e2e = workflow.jobs.e2e as unknown as {
      needs: string;
      strategy: { matrix: { shard: number[] } };
      steps: Step[];
    };
    expect(e2e.needs).toBe('build');
    const shards = e2e.strategy.matrix.shard;
    expect(shards.length).toBeGreaterThan(1);
    expect(e2e.steps.find((s) => s.run?.startsWith('npx playwright test'))?.run).toBe(
      `npx playwright test --shard=\${{ matrix.shard }}/${shards.length}`,
    );
    expect(e2e.steps.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(true);
  });

  it('uses Node 20 and the full git history for the build', () => {
    const steps = allSteps(workflow);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(20);
    expect(workflow.jobs.build.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(
      0,
    );
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
