import { describe, expect, it } from 'vitest';
import { codeThemes, contrast } from './codeThemes';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe('code themes', () => {
  for (const [name, theme] of Object.entries(codeThemes)) {
    it(`every token colour of the ${name} theme has at least 4.5:1 contrast with its background`, () => {
      const background = rgb(String(theme.plain.backgroundColor));
      const colours = [theme.plain.color, ...theme.styles.map((s) => s.style.color)].filter(
        (c): c is string => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c),
      );
      expect(colours.length).toBeGreaterThan(5);
      for (const colour of colours) expect(contrast(rgb(colour), background), colour).toBeGreaterThanOrEqual(4.5);
    });
  }
});
