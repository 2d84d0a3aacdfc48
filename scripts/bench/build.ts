/**
 * `npm run bench:build`: times a cold production build (caches cleared) and a warm one
 * (caches kept), of the current edition (`npm run build`) and of every edition
 * (`npm run build:all`), and samples the peak resident memory of the build's process tree.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

function treeRssKb(rootPid: number): number {
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
      if (children) pending.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two samples.
    }
  }
  return total;
}

function timedBuild(editions: 'current' | 'all'): Promise<{ seconds: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('npx', ['docusaurus', 'build'], {
      stdio: 'ignore',
      env: { ...process.env, ...(editions === 'all' ? { COURSE_EDITIONS: 'all' } : {}) },
    });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 200);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`docusaurus build exited with ${code}`));
      resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMb: Math.round(peak / 1024) });
    });
  });
}

function clearCaches() {
  fs.rmSync('.docusaurus', { recursive: true, force: true });
  fs.rmSync('node_modules/.cache', { recursive: true, force: true });
  fs.rmSync('build', { recursive: true, force: true });
}

async function main() {
  console.log('| build | time | peak memory |\n| --- | --- | --- |');
  for (const editions of ['current', 'all'] as const) {
    clearCaches();
    const label = editions === 'all' ? 'every edition' : 'current edition';
    for (const state of ['cold', 'warm']) {
      const { seconds, peakMb } = await timedBuild(editions);
      console.log(`| ${label}, ${state} | ${seconds.toFixed(1)} s | ${peakMb} MB |`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
