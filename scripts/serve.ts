import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuild } from './serveBuild';

/** Serves `build/` as a static host would (gzip included), for the end-to-end tests and the budget. */
const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
void serveBuild(path.resolve('build'), Number(values.port)).then((server) => {
  console.log(`Serving build/ at ${server.url}/`);
});
