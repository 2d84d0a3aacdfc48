/**
 * `npm test`: every check, in order, stopping at the first failure, then a table of what
 * each step took (the README's figures for the test suite come from it).
 */
import { spawnSync } from 'node:child_process';
import { testSteps } from './testSteps';

const timings: { step: string; seconds: number; status: string }[] = [];
let failed: string | undefined;
for (const step of testSteps) {
  const start = process.hrtime.bigint();
  const result = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const ok = result.status === 0;
  timings.push({ step, seconds, status: ok ? 'passed' : 'failed' });
  if (!ok) {
    failed = step;
    break;
  }
}

const total = timings.reduce((sum, timing) => sum + timing.seconds, 0);
const minutes = (seconds: number) => {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};
console.log('\n| step | time (min:s) | result |\n| --- | --- | --- |');
for (const timing of timings) console.log(`| ${timing.step} | ${minutes(timing.seconds)} | ${timing.status} |`);
console.log(`| all | ${minutes(total)} | ${failed ? `stopped at ${failed}` : 'passed'} |`);
process.exit(failed ? 1 : 0);
