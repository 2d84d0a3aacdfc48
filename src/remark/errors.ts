import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** A contributor's mistake in a lesson: where it is, what is wrong, what to write. */
export class LessonError extends Error {
  constructor(
    readonly location: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${location}: ${problem}\n  Write instead: ${fix}`);
    this.name = 'LessonError';
    this.stack = ''; // a contributor's mistake: the message says all, a stack trace would bury it
  }

  /**
   * Docusaurus's MDX loader prints an error's JSON and its stack under the message; for a
   * contributor's mistake the message is all there is to say.
   */
  toJSON(): Record<string, never> {
    return {};
  }
}

// The loader wraps a lesson error in an error of its own, whose stack trace the terminal and
// the browser overlay would print beneath the message. Drop the frames of that wrapper.
const formatStack = Error.prepareStackTrace;
Error.prepareStackTrace = (error, frames) => {
  if ((error as Error & { cause?: unknown }).cause instanceof LessonError) return '';
  return formatStack ? formatStack(error, frames) : `${error}\n${frames.map((frame) => `    at ${frame}`).join('\n')}`;
};

export function locate(file: VFile | undefined, node?: Node): string {
  const filePath = file?.path ? path.relative(process.cwd(), file.path) : '<lesson>';
  const start = node?.position?.start;
  return start ? `${filePath}:${start.line}:${start.column}` : filePath;
}

export function lessonError(file: VFile | undefined, node: Node | undefined, problem: string, fix: string): never {
  throw new LessonError(locate(file, node), problem, fix);
}

/** The known name closest to a misspelled one, for "did you mean" messages. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
