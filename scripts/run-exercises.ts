/**
 * Runs every exercise's smoke runs (smoke.yaml beside its files) on CPU, offline, each in
 * a fresh temporary folder, and prints a table: passed, failed, or skipped with the
 * missing package named. A skipped run never counts as passed.
 *
 *   npm run test:exercises                      all runs, Debian's python3 if present
 *   npm run test:exercises -- --filter=profiling  runs whose file or name contains a word
 *   npm run test:exercises -- --strict           skipped runs fail (CI with every package)
 *   npm run test:exercises -- --list-needs       print the packages the runs need, and stop
 *
 * EXERCISE_PYTHON chooses the interpreter (default /usr/bin/python3, else python3).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { editionVersions } from '../src/course/editionVersions';
import { findSmokeFiles, readSmokeFile, SmokeFileError, type SmokeRun } from '../src/course/smokeRuns';

const siteDir = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.some((a) => a === `--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const contentDirs = [path.join(siteDir, 'docs')];
const python = process.env.EXERCISE_PYTHON ?? (fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

let runs: SmokeRun[];
try {
  runs = findSmokeFiles(contentDirs).flatMap((file) => readSmokeFile(file, siteDir));
} catch (error) {
  if (error instanceof SmokeFileError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

if (flag('list-needs')) {
  // The versions the pages teach, for a package index that has them (the GitHub workflow).
  const taught = editionVersions(contentDirs[0]);
  const names = [...new Set(runs.flatMap((run) => run.needs.map((need) => need.split(/[<>=!~;[ ]/)[0])))];
  console.log(
    names
      .sort()
      .map((name) => (taught[name] ? `${name}==${taught[name].version}.*` : name))
      .join('\n'),
  );
  process.exit(0);
}

const filter = option('filter');
if (filter) runs = runs.filter((run) => run.file.includes(filter) || run.name.includes(filter));

/** Which requirements the interpreter lacks, with what it has instead; asked once for all runs. */
function missingNeeds(all: string[]): Map<string, string> {
  const script = `
import json, sys
from importlib.metadata import PackageNotFoundError, version
try:
    from packaging.requirements import Requirement
except ImportError:
    Requirement = None
missing = {}
for text in json.loads(sys.argv[1]):
    name, spec = text, None
    if Requirement:
        req = Requirement(text)
        name, spec = req.name, req.specifier
    try:
        installed = version(name)
    except PackageNotFoundError:
        missing[text] = f"{name} is not installed"
        continue
    # Debian labels some builds as pre-releases (torch "1.13.0a0+gitunknown"): compare the release.
    release = installed
    if Requirement:
        from packaging.version import Version
        release = Version(installed).base_version
    if spec and not spec.contains(release, prereleases=True):
        missing[text] = f"needs {text}, {name} {installed} is installed"
print(json.dumps(missing))
`;
  const result = spawnSync(python, ['-c', script, JSON.stringify(all)], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`Cannot ask ${python} which packages it has:\n${result.stderr || result.error}`);
    process.exit(1);
  }
  return new Map(Object.entries(JSON.parse(result.stdout) as Record<string, string>));
}

interface Outcome {
  run: SmokeRun;
  result: 'passed' | 'failed' | 'skipped';
  seconds: number;
  note: string;
  output?: string;
}

const shimDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exercise-python-'));
for (const name of ['python', 'python3']) fs.symlinkSync(python, path.join(shimDir, name));

function copyInto(run: SmokeRun, runDir: string) {
  const base = path.dirname(path.join(siteDir, run.file));
  for (const { from, to } of run.copy) {
    fs.cpSync(path.resolve(base, from), path.join(runDir, to), {
      recursive: true,
      filter: (source) => path.basename(source) !== 'smoke.yaml' && !source.includes('__pycache__'),
    });
  }
}

function execute(command: string, cwd: string, env: NodeJS.ProcessEnv, deadline: number) {
  return new Promise<{ code: number | null; output: string; timedOut: boolean }>((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd, env, detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      },
      Math.max(0, deadline - Date.now()),
    );
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

async function perform(run: SmokeRun, missing: Map<string, string>): Promise<Outcome> {
  const absent = run.needs.filter((need) => missing.has(need)).map((need) => missing.get(need)!);
  if (absent.length > 0) return { run, result: 'skipped', seconds: 0, note: absent.join('; ') };
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exercise-run-'));
  const started = Date.now();
  const deadline = started + run.timeout * 1000;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${shimDir}${path.delimiter}${process.env.PATH}`,
    MPLBACKEND: 'Agg',
    WANDB_MODE: 'offline',
    HF_HUB_OFFLINE: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1',
    ...run.env,
  };
  let output = '';
  try {
    copyInto(run, runDir);
    const steps = [...run.setup.map((command) => ({ command, setup: true })), { command: run.command, setup: false }];
    for (const { command, setup } of steps) {
      const step = await execute(command, runDir, env, deadline);
      output += `$ ${command}\n${step.output}`;
      const seconds = (Date.now() - started) / 1000;
      if (step.timedOut) return { run, result: 'failed', seconds, note: `timed out after ${run.timeout} s`, output };
      if (setup && step.code !== 0) {
        return { run, result: 'failed', seconds, note: `setup "${command}" exited with ${step.code}`, output };
      }
      if (!setup && step.code !== run.exit) {
        return { run, result: 'failed', seconds, note: `exit code ${step.code}, expected ${run.exit}`, output };
      }
    }
    const absentText = run.expect.filter((text) => !output.includes(text));
    const seconds = (Date.now() - started) / 1000;
    if (absentText.length > 0) {
      return {
        run,
        result: 'failed',
        seconds,
        note: `output lacks ${absentText.map((t) => JSON.stringify(t)).join(', ')}`,
        output,
      };
    }
    return { run, result: 'passed', seconds, note: '' };
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

async function main() {
  const version = spawnSync(python, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`Exercise runs with ${python} (${version}): ${runs.length} run(s)\n`);
  const missing = missingNeeds([...new Set(runs.flatMap((run) => run.needs))]);
  const jobs = Math.max(1, Number(option('jobs') ?? Math.min(2, os.availableParallelism())));
  const outcomes: Outcome[] = new Array(runs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < runs.length) {
        const index = next++;
        outcomes[index] = await perform(runs[index], missing);
        const { run, result, seconds } = outcomes[index];
        console.log(
          `  ${result.padEnd(7)} ${seconds.toFixed(1).padStart(5)} s  ${run.file.replace(/\/smoke\.yaml$/, '')}: ${run.name}`,
        );
      }
    }),
  );

  const strict = flag('strict');
  console.log('\n| exercise | run | result | time | note |\n| --- | --- | --- | --- | --- |');
  for (const { run, result, seconds, note } of outcomes) {
    const where = run.file
      .replace(/^docs\//, '')
      .replace(/\/exercise_files\//, ' ')
      .replace(/\/smoke\.yaml$/, '');
    console.log(`| ${where} | ${run.name} | ${result} | ${seconds.toFixed(1)} s | ${note} |`);
  }
  const count = (result: Outcome['result']) => outcomes.filter((o) => o.result === result).length;
  const ran = outcomes.length - count('skipped');
  console.log(
    `\n${outcomes.length} runs: ${ran} ran, ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`,
  );
  for (const outcome of outcomes.filter((o) => o.result === 'failed')) {
    console.error(
      `\nFAILED ${outcome.run.file}:${outcome.run.line} "${outcome.run.name}": ${outcome.note}\n${(outcome.output ?? '').split('\n').slice(-40).join('\n')}`,
    );
  }
  fs.rmSync(shimDir, { recursive: true, force: true });
  if (count('failed') > 0) process.exit(1);
  if (strict && count('skipped') > 0) {
    console.error('\n--strict: skipped runs count as failures; install what they need.');
    process.exit(1);
  }
}

void main();
