/** The content gate on the built files: links, valid HTML, the security policy, page weight and the search index. */
import { inject } from 'vitest';
import { budgetsGate } from '../gates/budgets.ts';
import { htmlGate } from '../gates/html.ts';
import { linksGate } from '../gates/links.ts';
import { securityGate } from '../gates/security.ts';

const site = inject('site');
linksGate(site);
htmlGate(site);
securityGate(site);
budgetsGate(site);
