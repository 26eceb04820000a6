/** The content gate on the built files: links, valid HTML, the security policy, page weight, the search index and the schedule files for event apps. */
import { inject } from 'vitest';
import { budgetsGate } from '../gates/budgets.ts';
import { htmlGate } from '../gates/html.ts';
import { linksGate } from '../gates/links.ts';
import { scheduleGate } from '../gates/schedule.ts';
import { securityGate } from '../gates/security.ts';

const site = inject('site');
linksGate(site);
htmlGate(site);
securityGate(site);
budgetsGate(site);
scheduleGate(site);
