/**
 * Turn off zod's JIT in the browser bundles, before any schema is built.
 *
 * zod compiles object parsers with `new Function` and probes for it when a schema is
 * constructed. Under a strict Content-Security-Policy and in extension pages that probe is
 * refused and reported as a `securitypolicyviolation`, even though zod catches the error.
 * The browser bundles carry their own private copy of zod, so this global switch touches no
 * one else's. Entry points import this module first: ES modules evaluate in import order.
 */
import { config } from 'zod';

config({ jitless: true });
