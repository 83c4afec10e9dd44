import { getBuiltinRules } from '../../src/catalog.js';
import type { RuleDefinition } from '../../src/index.js';

/**
 * Stand-in rules, one or more per category, passed through `options.rules` so the rewrite tests
 * cover every category even before the catalog's own rules land. They are deliberately broad:
 * the rewrite engine must not depend on any rule id or pattern, only on categories and on the
 * flagged sentence itself.
 */
const seed003 = '003_027949e89b04d46c.txt';
const seed000 = '000_d692bea7f24f1e4e.txt';

function rule(
  id: string,
  category: RuleDefinition['category'],
  match: string | string[],
  invalid: [string, string][],
  severity: 'warning' | 'info' = 'warning',
): RuleDefinition {
  return {
    id: `test-${id}`,
    category,
    severity,
    match,
    message: `test rule ${id}`,
    note: 'A stand-in rule of the rewrite tests.',
    source: category === 'absolute' || category === 'blame' ? seed003 : seed000,
    examples: { invalid: invalid.map(([text, flag]) => ({ text, flag })), valid: ['Thanks for dinner.'] },
  };
}

const standIns: RuleDefinition[] = [
  rule('always', 'absolute', '[<subject>(you|u)] #Adverb{0,} [<absolute>(always|constantly)] #Adverb{0,} (have to|has to)? [<action>#Verb]', [
    ['You always cancel at the last minute.', 'You always cancel'],
    ['You always cancel plans at the last minute.', 'You always cancel'],
    ['you always interrupt me when I talk about work', 'you always interrupt'],
    ['You constantly criticize me in front of your friends.', 'You constantly criticize'],
    ['Why do you always have to ruin everything?', 'you always have to ruin'],
    ['You always forget my birthday.', 'You always forget'],
    ['You always yell at me.', 'You always yell'],
    ['You always ignore my texts!', 'You always ignore'],
  ]),
  rule('label', 'blame', '[<subject>(you are|youre|ur|u r)] (so|such|being|always|a|an) [<label>(#Adjective|narcissist|liar|jerk)]', [
    ["You're so cold and distant.", "You're so cold"],
    ['ur so selfish', 'ur so selfish'],
    ['You are being ridiculous!', 'You are being ridiculous'],
    ["You're always late.", "You're always late"],
    ["You're a narcissist.", "You're a narcissist"],
  ]),
  rule('care', 'blame', '[<subject>(you|u)] (do not|dont|did not|didnt) #Adverb{0,} [<action>(care|love|respect|appreciate|listen)]', [
    ["You don't care about this relationship.", "You don't care"],
    ["You don't care about me.", "You don't care"],
    ["you don't even care about my feelings", "you don't even care"],
    ["You don't love me.", "You don't love"],
    ["You don't respect me at all.", "You don't respect"],
    ["You didn't listen to me last night.", "You didn't listen"],
  ]),
  rule('make-feel', 'blame', '[<subject>(you|u)] (make|makes|made) me (feel)? #Adverb{0,} [<feeling>(#Adjective|cry)]', [
    ['You make me feel small.', 'You make me feel small'],
    ['You made me feel stupid in front of everyone.', 'You made me feel stupid'],
  ]),
  rule('why-cant', 'demand-question', [
    'why (can not|do not|will not) [<subject>(you|u)] #Adverb{0,} [<action>#Verb]',
    'would it kill [<subject>(you|u)] to [<action>#Verb]',
  ], [
    ["Why can't you just open up?", "Why can't you just open up"],
    ["Why won't you talk to me?", "Why won't you talk"],
    ["Why don't you ever help with the dishes?", "Why don't you ever help"],
    ['Would it kill you to call me back?', 'Would it kill you to call'],
  ]),
  rule('lecture', 'attachment-lecture', ['(your|ur) avoidant attachment', 'classic avoidant'], [
    ["That's your avoidant attachment talking.", 'your avoidant attachment'],
    ['This is classic avoidant behaviour.', 'classic avoidant'],
  ]),
  rule('again', 'pattern-pointing', ['here we go again', '(you are|youre) doing it again'], [
    ['Here we go again.', 'Here we go again'],
    ["You're doing it again!", "You're doing it again"],
  ]),
  rule('insight', 'insight-steering', 'do not (you|u) think (you are|youre) #Adverb{0,} #Adjective', [
    ["Don't you think you're just scared of commitment?", "Don't you think you're just scared"],
  ]),
  rule('pressure', 'pressure', ['[<subject>(you|u)] (need to|have to|should) [<action>(open up|talk|tell|stop)]', 'just tell me'], [
    ['You need to open up.', 'You need to open up'],
    ['Just tell me what you are feeling.', 'Just tell me'],
    ['You need to talk to me about the money.', 'You need to talk'],
    ['You need to stop yelling at me.', 'You need to stop'],
  ]),
  rule('pseudo', 'pseudo-feeling', ['i feel (like|that) (you|u)', 'i (feel|felt) (ignored|rejected|abandoned|unheard|invisible)'], [
    ["I feel like you don't care.", 'I feel like you'],
    ['I feel like you never listen to me.', 'I feel like you'],
    ['I feel ignored.', 'I feel ignored'],
  ]),
  rule('vague', 'vague-feeling', '(i am|im) #Adverb{0,} (upset|bad)', [["I'm upset.", "I'm upset"]], 'info'),
  rule('safety', 'safety', '(you|he|she) (hit|hurt|threatened|choked) me', [['You hit me last night.', 'You hit me']], 'info'),
];

// A pattern the catalog already has would be rejected as a duplicate (and is covered by the
// catalog rule itself): the stand-in keeps only its other patterns, or is dropped.
const catalogPatterns = new Set(getBuiltinRules().flatMap((r) => (Array.isArray(r.match) ? r.match : [r.match])));
export const sampleRules: RuleDefinition[] = standIns.flatMap((r) => {
  const match = (Array.isArray(r.match) ? r.match : [r.match]).filter((m) => !catalogPatterns.has(m));
  return match.length > 0 ? [{ ...r, match }] : [];
});

/** Every invalid example of the stand-in rules (also those dropped: the catalog now flags them). */
export const sampleTexts: string[] = standIns.flatMap((r) => r.examples.invalid.map((e) => e.text));
