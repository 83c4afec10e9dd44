import templates from './data/messages.json';
// mulberry32, seeded: the corpus never changes between runs (the tests use the same helper).
import { random } from '../tests/helpers/random.js';

/**
 * A deterministic corpus of short personal messages, expanded from the templates in
 * bench/data/messages.json: the same ~800 texts for every run, every tool and every test.
 */
interface Templates {
  slots: Record<string, string[]>;
  templates: string[];
}

const data = templates as Templates;

const SLOT = /\{(\w+)\}/g;

function fill(template: string, next: () => number): string {
  return template.replace(SLOT, (_m, name: string) => {
    const options = data.slots[name];
    if (!options) throw new Error(`bench/data/messages.json: no slot "${name}"`);
    return options[Math.floor(next() * options.length)] ?? '';
  });
}

/** `count` messages, cycling through the templates with seeded slot choices; no duplicates. */
export function messages(count = 800, seed = 7): string[] {
  const next = random(seed);
  const out = new Set<string>();
  for (let i = 0; out.size < count && i < count * 50; i++) {
    out.add(fill(data.templates[i % data.templates.length] ?? '', next));
  }
  return [...out];
}

/** A long draft of about `words` words: messages joined into paragraphs of five. */
export function draft(words = 2000, seed = 11): string {
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let total = 0;
  const pool = messages(4000, seed);
  for (let i = 0; total < words; i++) {
    const m = pool[i % pool.length] ?? '';
    sentences.push(m);
    total += m.split(/\s+/).length;
    if (sentences.length === 5) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}
