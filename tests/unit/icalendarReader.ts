/** One component of an iCalendar file (VCALENDAR, VEVENT) with its properties, in order. */
export interface CalendarComponent {
  name: string;
  properties: { name: string; params: string; value: string }[];
}

/**
 * A small RFC 5545 reader for tests: checks CRLF line endings, unfolds continuation
 * lines, splits properties and collects the components; throws on anything malformed.
 */
export function readICalendar(text: string): CalendarComponent[] {
  const lines = text.split('\r\n');
  if (lines.pop() !== '') throw new Error('the file does not end with CRLF');
  if (lines.some((line) => /[\r\n]/.test(line))) throw new Error('a line ends without CRLF');
  const unfolded: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ') && unfolded.length > 0) unfolded[unfolded.length - 1] += line.slice(1);
    else unfolded.push(line);
  }
  const open: CalendarComponent[] = [];
  const closed: CalendarComponent[] = [];
  for (const line of unfolded) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`"${line}" is not a content line`);
    const [, name, params, value] = match;
    if (name === 'BEGIN') open.push({ name: value, properties: [] });
    else if (name === 'END') {
      const component = open.pop();
      if (component?.name !== value) throw new Error(`END:${value} closes ${component?.name ?? 'nothing'}`);
      closed.push(component);
    } else {
      const current = open.at(-1);
      if (!current) throw new Error(`"${name}" outside any component`);
      current.properties.push({ name, params, value });
    }
  }
  if (open.length > 0) throw new Error(`${open.map((c) => c.name).join(', ')} never ended`);
  return closed;
}

/** A property's value, with TEXT escapes undone. */
export function textOf(component: CalendarComponent, name: string): string | undefined {
  const value = component.properties.find((p) => p.name === name)?.value;
  return value?.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
}
