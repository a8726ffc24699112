// npm run headers:nginx: prints the nginx form of dist/_headers (build first).
import { readFileSync } from 'node:fs';
import { parseHeaders, toNginx } from './headers.mjs';

process.stdout.write(toNginx(parseHeaders(readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8'))));
