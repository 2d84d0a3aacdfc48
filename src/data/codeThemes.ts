import { themes, type PrismTheme } from 'prism-react-renderer';

type Rgb = [number, number, number];

function parse(colour: string): Rgb | undefined {
  const functional = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour.trim());
  if (functional) return [Number(functional[1]), Number(functional[2]), Number(functional[3])];
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return undefined;
  const full = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Moves a colour towards black or white until it reaches the contrast WCAG AA asks of text. */
function readable(colour: string, background: Rgb, minimum = 4.6): string {
  const rgb = parse(colour);
  if (!rgb) return colour;
  if (contrast(rgb, background) >= minimum) return toHex(rgb);
  const target: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const mixed = rgb.map((c, i) => c + ((target[i] - c) * step) / 20) as Rgb;
    if (contrast(mixed, background) >= minimum) return toHex(mixed);
  }
  return toHex(target);
}

/** A Prism theme whose every token colour is readable on the theme's own background. */
export function accessible(theme: PrismTheme): PrismTheme {
  const background = parse(String(theme.plain.backgroundColor ?? '#ffffff')) ?? [255, 255, 255];
  return {
    plain: { ...theme.plain, color: readable(String(theme.plain.color), background) },
    styles: theme.styles.map((entry) => ({
      ...entry,
      style: {
        ...entry.style,
        ...(entry.style.color ? { color: readable(String(entry.style.color), background) } : {}),
      },
    })),
  };
}

export const codeThemes = {
  light: accessible(themes.github),
  dark: accessible(themes.dracula),
};

const kebab = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The Prism theme the site hands to Docusaurus: every colour comes from CSS
 * (`codeThemeCss`), so the server's HTML is right in both colour modes and code blocks
 * need not be rendered again in the browser to change theme. An empty `plain` keeps
 * inline styles off every line: long lessons have thousands of them, each one a style
 * the browser cannot share between elements.
 */
export const cssCodeTheme: PrismTheme = { plain: {}, styles: [] };

/**
 * The stylesheet for `cssCodeTheme`: each theme's colours under its `[data-theme]`, one rule
 * per theme entry in the theme's order, so a later entry wins where a token has two types,
 * as it does in Prism's own themes.
 */
export function codeThemeCss(themes: Record<'light' | 'dark', PrismTheme> = codeThemes): string {
  return (['light', 'dark'] as const)
    .flatMap((mode) => {
      const theme = themes[mode];
      const scope = `[data-theme='${mode}']`;
      const [color, background] = [String(theme.plain.color), String(theme.plain.backgroundColor)];
      // --prism-* are the variables Docusaurus's code block reads; --site-code-* are ours.
      const variables = `${scope}{--site-code-color:${color};--site-code-background:${background};--prism-color:${color};--prism-background-color:${background}}`;
      const rules = theme.styles.map((entry) => {
        const selector = entry.types.map((type) => `${scope} .prism-code .token.${type}`).join(',');
        const declarations = Object.entries(entry.style)
          .map(([property, value]) => `${kebab(property)}:${String(value)}`)
          .join(';');
        return `${selector}{${declarations}}`;
      });
      return [variables, ...rules];
    })
    .join('\n');
}
