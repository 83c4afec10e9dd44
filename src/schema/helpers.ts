import { z } from 'zod';

/** The zod building blocks every schema file shares, so a rule, a script and a vocabulary agree on them. */

/** A string with something in it after trimming. */
export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** The name of a seed document (shared/seeds/), which a rule or a line is traced to. */
export const seedFile = (example = '003_027949e89b04d46c.txt') =>
  z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, `must name a seed file, like "${example}"`);
