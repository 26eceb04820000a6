/** The content gate in Chromium: day pages, the first phone screen and parallel sessions, in every language. */
import { inject } from 'vitest';
import { programmePagesGate } from '../gates/programme-pages.ts';

programmePagesGate(inject('site'));
