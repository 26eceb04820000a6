/** The content gate in Chromium: nothing from other hosts, nothing the security policy blocks. */
import { inject } from 'vitest';
import { browserSecurityGate } from '../gates/browser-security.ts';

browserSecurityGate(inject('site'));
