/** The content gate's checks in Chromium (tests/gates/), run on the example conference built under a base path. */
import { inject } from 'vitest';
import { accessibilityGate } from '../gates/accessibility.ts';
import { browserSecurityGate } from '../gates/browser-security.ts';

const site = inject('exampleUnderBase');
accessibilityGate(site);
browserSecurityGate(site);
