/**
 * The content gate's checks on the built files (tests/gates/), run on the example conference
 * built under a base path, so a gate that stops working fails here before it is trusted on the
 * live content.
 */
import { inject } from 'vitest';
import { budgetsGate } from '../gates/budgets.ts';
import { htmlGate } from '../gates/html.ts';
import { linksGate } from '../gates/links.ts';
import { scheduleGate } from '../gates/schedule.ts';
import { securityGate } from '../gates/security.ts';

const site = inject('exampleUnderBase');
linksGate(site);
htmlGate(site);
securityGate(site);
budgetsGate(site);
scheduleGate(site);
