/** `npm run new:session`: creates content/sessions/<id>/ with session.yaml and one text per language. */
import { sessionScaffold } from '../src/lib/scaffold.ts';
import { runScaffold } from './lib/ask.ts';

await runScaffold('new:session', sessionScaffold);
