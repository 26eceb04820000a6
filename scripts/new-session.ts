/** `npm run new:session`: creates content/sessions/<id>/ with one index.<lang>.mdx per language chosen, the facts in the default language's. */
import { sessionScaffold } from '../src/lib/scaffold.ts';
import { runScaffold } from './lib/ask.ts';

await runScaffold('new:session', sessionScaffold);
