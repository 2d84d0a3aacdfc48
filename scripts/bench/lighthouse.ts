/**
 * `npm run bench`: Lighthouse on the existing production build, served with gzip on
 * 127.0.0.1. Home page, a session landing page and the three heaviest module pages, mobile
 * and desktop presets, three runs each; prints the medians and writes them to
 * bench-results/lighthouse.json. It measures; it does not build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { lighthouseTargets as targets, measuredPages as pagesIn } from '../../performance.config';
import { serveBuild } from '../serveBuild';

const buildDir = path.resolve('build');
const runs = Number(process.env.BENCH_RUNS ?? 3);

if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
  console.error('No production build in build/. Run `npm run build` first; the benchmark measures, it does not build.');
  process.exit(1);
}

const measuredPages = () => pagesIn(buildDir);

interface Sample {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: number;
  requests: number;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: unknown }>;
}

/** Lighthouse's own CLI in a child process: its page scripts must not pass through tsx's transform. */
async function runLighthouse(
  url: string,
  preset: 'mobile' | 'desktop',
  chromePath: string | undefined,
): Promise<Report> {
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
  ];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=${flags.join(' ')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) } },
  );
  return JSON.parse(stdout) as Report;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const server = await serveBuild(buildDir);
  const chromePath = process.env.CHROME_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const results: Record<string, Record<string, Sample>> = {};
  try {
    for (const page of measuredPages()) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const samples: Sample[] = [];
        for (let run = 0; run < runs; run++) {
          const lhr = await runLighthouse(`${server.url}${page.route}`, preset, chromePath);
          const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
          const requests =
            (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? NaN;
          samples.push({
            performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
            accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
            bestPractices: Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
            seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
            fcpMs: Math.round(audit('first-contentful-paint')),
            lcpMs: Math.round(audit('largest-contentful-paint')),
            tbtMs: Math.round(audit('total-blocking-time')),
            cls: Number(audit('cumulative-layout-shift').toFixed(3)),
            bytes: Math.round(audit('total-byte-weight')),
            requests,
          });
        }
        const keys = Object.keys(samples[0]) as (keyof Sample)[];
        results[page.name] ??= {};
        results[page.name][preset] = Object.fromEntries(
          keys.map((k) => [k, median(samples.map((s) => s[k]))]),
        ) as unknown as Sample;
        console.error(`measured ${page.name} (${preset}, ${runs} runs)`);
      }
    }
  } finally {
    await server.close();
  }

  const header = '| page | preset | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | kB transferred | requests |';
  const rows = Object.entries(results).flatMap(([name, presets]) =>
    Object.entries(presets).map(
      ([preset, s]) =>
        `| ${name} | ${preset} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${(s.fcpMs / 1000).toFixed(1)} s | ${(s.lcpMs / 1000).toFixed(1)} s | ${s.tbtMs} ms | ${s.cls} | ${Math.round(s.bytes / 1024)} | ${s.requests} |`,
    ),
  );
  console.log(
    [header, '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n'),
  );

  const misses = Object.entries(results).flatMap(([name, { mobile, desktop }]) => [
    ...(mobile.performance < targets.performance
      ? [`${name}: mobile performance ${mobile.performance} < ${targets.performance}`]
      : []),
    ...(mobile.lcpMs > targets.lcpMs ? [`${name}: mobile LCP ${mobile.lcpMs} ms > ${targets.lcpMs} ms`] : []),
    ...(mobile.tbtMs > targets.tbtMs
      ? [`${name}: mobile total blocking time ${mobile.tbtMs} ms > ${targets.tbtMs} ms`]
      : []),
    ...(desktop.performance < targets.desktopPerformance
      ? [`${name}: desktop performance ${desktop.performance} < 100`]
      : []),
    ...[mobile, desktop].flatMap((s) =>
      (['accessibility', 'bestPractices', 'seo'] as const)
        .filter((k) => s[k] < 100)
        .map((k) => `${name}: ${k} ${s[k]} < 100`),
    ),
  ]);
  console.log(misses.length ? `\nTargets not met:\n- ${[...new Set(misses)].join('\n- ')}` : '\nEvery target met.');

  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(
    'bench-results/lighthouse.json',
    JSON.stringify({ date: new Date().toISOString(), runs, targets, results, misses }, null, 2),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
