import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMermaidRenderer, DiagramSyntaxError, standaloneSvg } from '../../src/diagrams/mermaidRenderer';

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diagrams-'));
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

describe('the Mermaid renderer', () => {
  const render = createMermaidRenderer(cacheDir);
  const source = 'flowchart LR\n  accTitle: Pipe\n  accDescr: a to b\n  a[Load data] --> b[Train]';

  it('draws a light and a dark SVG file with their own size, and reuses them from the cache', async () => {
    const { files } = await render(source);
    const light = fs.readFileSync(files.light, 'utf8');
    const dark = fs.readFileSync(files.dark, 'utf8');
    for (const svg of [light, dark]) {
      expect(svg).toMatch(/^<svg width="\d+" height="\d+"/);
      expect(svg).toContain('<title id="chart-title-');
      expect(svg).toMatch(/>Load<\/tspan>.*> data<\/tspan>.*>Train</);
    }
    expect(light).not.toEqual(dark);
    const before = fs.statSync(files.light).mtimeMs;
    expect((await render(source)).files).toEqual(files);
    expect(fs.statSync(files.light).mtimeMs).toBe(before);
  }, 60_000);

  it('rejects a diagram that does not parse with Mermaid’s message', async () => {
    await expect(render('flowchart LR\n  a -->')).rejects.toBeInstanceOf(DiagramSyntaxError);
  }, 60_000);
});

describe('standaloneSvg', () => {
  it('sizes the SVG from its viewBox instead of its container', () => {
    expect(
      standaloneSvg('<svg id="d" width="100%" style="max-width: 120.5px;" viewBox="0 0 120.5 40"><g/></svg>'),
    ).toBe('<svg width="121" height="40" id="d" viewBox="0 0 120.5 40"><g/></svg>');
  });
});
