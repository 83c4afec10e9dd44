import { isHarm } from './categories.js';
import { applyAll, withSpace, type RewriteResult } from './suggest/apply.js';
import { memo } from './suggest/data.js';
import { carriesRequest } from './suggest/suggest.js';
import { slotsOf } from './suggest/slot-names.js';
import type { LintResult, Suggestion } from './types.js';

/** What a rewrite needs of a linter: its `lint`, run on the draft and on each candidate replacement. */
interface Lints {
  lint(text: string): LintResult;
}

/**
 * Rewrite a draft with `linter`: the best suggestion of each flagged sentence applied, every other
 * sentence kept byte for byte. Of a finding's suggestions the first whose own text lints clean
 * (with the same linter) is taken; a sentence with no clean suggestion is left as it was and its
 * suggestion reported in `skipped`, so rewriting the result again changes nothing more.
 * A message that describes harm (a `safety` finding) is returned unchanged: it is never softened.
 * `Linter.rewrite` and the exported `rewrite()` (src/linter.ts) both come here.
 */
export function rewriteWith(linter: Lints, text: string): RewriteResult {
  const result = linter.lint(text);
  if (result.safety || result.findings.some((f) => isHarm(f.category))) return { text, applied: [], skipped: [] };
  const clean = new Map<string, boolean>();
  const lintsClean = (s: Suggestion) => {
    let ok = clean.get(s.replacement);
    if (ok === undefined) {
      ok = !linter.lint(s.replacement).findings.some((f) => f.severity === 'warning');
      clean.set(s.replacement, ok);
    }
    return ok;
  };
  // 000: one heartfelt truth and ONE do-able request — later sentences take their plain I-statement;
  // and a line already used in this message is not said twice (the next suggestion is taken).
  let requested = false;
  const used = new Set<string>();
  // Trailing . ! ? and spaces dropped with a loop: /[.!?\s]+$/ is quadratic on a long run of them.
  const trimClosing = (t: string) => {
    let end = t.length;
    while (end > 0 && (t.charAt(end - 1).trim() === '' || '.!?'.includes(t.charAt(end - 1)))) end--;
    return t.slice(0, end);
  };
  const said = (s: Suggestion) => trimClosing(s.replacement.toLowerCase().replace(/\u2019/g, "'"));
  // What a line says beyond its template: the same observation told twice (“I feel lonely when you
  // pull away…”, then “I've noticed you pull away…”) is a repeat too, whatever the row.
  const told: Set<string>[] = [];
  // The feeling may differ (“frustrated”, then “lonely”): a need or an observation said again is still a repeat.
  const toldAlready = (s: Suggestion) => {
    const own = contentWords(s.replacement);
    return own.size >= 1 && told.some((t) => [...own].every((w) => t.has(w)));
  };
  const chosen: Suggestion[] = [];
  const unclean: Suggestion[] = [];
  for (const f of result.findings) {
    if (f.severity !== 'warning' || f.suggestions.length === 0) continue;
    if (chosen.some((c) => c.start < f.end && f.start < c.end)) {
      chosen.push(f.suggestions[0] as Suggestion); // same sentence: applyAll reports it as skipped
      continue;
    }
    // An emphatic tail's suggestion drops it (src/suggest/suggest.ts dropTail): nothing is said, nothing repeats.
    const drop = f.suggestions.find((s) => s.replacement === '');
    if (drop) {
      chosen.push(drop);
      continue;
    }
    const ok = f.suggestions.filter((s) => lintsClean(s) && !(requested && carriesRequest(s)));
    // A second line that says only a feeling and a need (“I'm feeling lonely, and I need…” after
    // “I miss feeling close to you.”) stacks worksheet lines: one heartfelt truth is enough (000).
    const first = ok[0];
    if (first && chosen.length > 0 && isPlain(first)) {
      chosen.push(dropRepeat(text, first));
      continue;
    }
    // Said already also when one holds the other (the same line, once with its request).
    const best = ok.find((s) => {
      const line = said(s);
      return ![...used].some((u) => u.startsWith(line) || line.startsWith(u)) && !toldAlready(s);
    });
    if (best) {
      if (carriesRequest(best)) requested = true;
      used.add(said(best));
      told.push(contentWords(best.replacement));
      chosen.push(best);
    } else if (ok.length > 0) chosen.push(dropRepeat(text, ok[0] as Suggestion));
    else unclean.push(f.suggestions[0] as Suggestion);
  }
  const out = applyAll(text, chosen);
  // A sentence none of whose suggestions lints clean is left as it was and reported.
  return { ...out, skipped: [...out.skipped, ...unclean].sort((a, b) => a.start - b.start) };
}

/** Slots that carry what happened or what is asked for; a row without any says only a feeling and a need. */
const TELLING = new Set(['observation', 'observation-past', 'you-past', 'you-participle', 'about', 'where', 'burden', 'we-action', 'topic', 'truth', 'request']);
/**
 * Is the suggestion a row that tells nothing of what happened (its row key read from its
 * `source`)? A row with no telling slot and no situation of its own (“I miss feeling close to
 * you.”, “I'm feeling {feeling}, and I need {need}.”); a table line that names one (“I feel
 * disconnected when we don't talk about feelings.”) tells something.
 */
const isPlain = (s: Suggestion) =>
  memo(
    'plain-rows',
    ({ lines }) =>
      new Set(
        [...lines.values()]
          .filter((l) => !slotsOf(l.try).some((slot) => TELLING.has(slot)) && !/\bwhen\b/i.test(l.try))
          .map((l) => `${l.script}/${l.key}`),
      ),
  ).has(s.source?.split(' ')[0] ?? '');

/** Words of the script rows' own wording (their slots left out): what every filled line shares. */
const templateWords = () =>
  memo('template-words', ({ lines }) => new Set([...lines.values()].flatMap((l) => wordsIn(l.try.replace(/\{[a-z-]+\}/g, ' ')))));
const wordsIn = (t: string) => t.toLowerCase().replace(/\u2019/g, "'").match(/[\p{L}']+/gu) ?? [];
/** The words a filled line holds beyond its template and its feeling: its need, observation, request. */
const contentWords = (t: string) => new Set(wordsIn(t).filter((w) => !templateWords().has(w) && !feelingWords().has(w)));
/** Words of the feelings wheel (rules/vocab/feelings.json), which slots fill in. */
const feelingWords = () => memo('feeling-words', ({ vocab }) => new Set(Object.values(vocab.feelings.wheel).flat().flatMap(wordsIn)));

/**
 * Every suggestion of this sentence was already said earlier in the message: saying it again adds
 * nothing (000: reveal cleanly and briefly), so the sentence goes, with the space before it.
 */
function dropRepeat(text: string, s: Suggestion): Suggestion {
  return { ...withSpace(text, { ...s, replacement: '' }), message: 'Already said in this message: the repeat goes.' };
}

export { applySuggestion, type RewriteResult } from './suggest/apply.js';
