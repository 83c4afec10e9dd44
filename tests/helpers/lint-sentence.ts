import type { CompiledRuleSet } from '../../src/compile/compile.js';
import { sweepSentence } from '../../src/match/sweep.js';
import { dedupe } from '../../src/message/dedupe.js';
import { toFinding, type Finding } from '../../src/types.js';

/**
 * The findings of `sweepSentence`, deduplicated: what one piece of text yields on its own (no
 * suggestions). A test helper: the gate test compares gated and ungated sweeps with it. It lives
 * here, not in src/match/sweep.ts, so the match stage does not import the message stage.
 */
export const lintSentence = (text: string, set: CompiledRuleSet, gated = true): Finding[] =>
  dedupe(sweepSentence(text, set, gated)).map((m) => toFinding(m, []));
