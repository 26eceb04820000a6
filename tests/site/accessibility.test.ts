/** The content gate in Chromium: axe-core on every page. */
import { inject } from 'vitest';
import { accessibilityGate } from '../gates/accessibility.ts';

accessibilityGate(inject('site'));
