import { describe, expect, it } from 'vitest';
import { codeThemeCss, codeThemes, contrast, cssCodeTheme } from './codeThemes';

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

describe('code theme stylesheet', () => {
  const css = codeThemeCss();

  it('sets the plain colours of both modes as variables the code blocks read', () => {
    for (const mode of ['light', 'dark'] as const) {
      const { color, backgroundColor } = codeThemes[mode].plain;
      const [c, b] = [String(color), String(backgroundColor)];
      expect(css).toContain(
        `[data-theme='${mode}']{--site-code-color:${c};--site-code-background:${b};--prism-color:${c};--prism-background-color:${b}}`,
      );
    }
    // Nothing inline: an empty plain style keeps style attributes off every line of code.
    expect(cssCodeTheme).toEqual({ plain: {}, styles: [] });
  });

  it('has one rule per theme entry, in the theme order, scoped to its mode', () => {
    const lines = css.split('\n');
    expect(lines).toHaveLength(2 + codeThemes.light.styles.length + codeThemes.dark.styles.length);
    const darkKeyword = codeThemes.dark.styles.findIndex((style) => style.types.includes('keyword'));
    const rule = lines[2 + codeThemes.light.styles.length + darkKeyword];
    expect(rule).toContain(`[data-theme='dark'] .prism-code .token.keyword`);
    expect(rule).toContain(`color:${String(codeThemes.dark.styles[darkKeyword].style.color)}`);
    expect(rule).not.toContain(`[data-theme='light']`);
  });

  it('writes style properties in CSS spelling', () => {
    const css = codeThemeCss({
      light: {
        plain: { color: '#000000', backgroundColor: '#ffffff' },
        styles: [{ types: ['comment'], style: { fontStyle: 'italic' } }],
      },
      dark: { plain: { color: '#ffffff', backgroundColor: '#000000' }, styles: [] },
    });
    expect(css).toContain(`[data-theme='light'] .prism-code .token.comment{font-style:italic}`);
  });
});
