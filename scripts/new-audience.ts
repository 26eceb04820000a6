/** `npm run new:audience`: creates content/audiences/<id>.yaml with a label in every language. */
import { audienceScaffold } from '../src/lib/scaffold.ts';
import { runScaffold } from './lib/ask.ts';

await runScaffold('new:audience', audienceScaffold);
