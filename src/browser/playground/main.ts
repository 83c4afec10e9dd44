/**
 * The playground page: one textarea linted as you type (the same editor session the extension
 * uses), and beside it the list of findings with their notes and suggestions.
 */
import { createLinter, rewrite, type Finding } from '../browser-linter.js';
import { createCard } from '../card.js';
import { categoryLabel } from '../category-labels.js';
import { shownAs } from '../../types.js';
import { attachEditor } from '../editor-session.js';

const MAX_SUGGESTIONS = 3;
/** A message-wide hint quotes the whole draft: show its beginning. */
const QUOTE_CHARS = 60;
const clip = (s: string) => (s.length <= QUOTE_CHARS ? s : `${s.slice(0, QUOTE_CHARS - 1).trimEnd()}…`);

const draft = document.getElementById('draft') as HTMLTextAreaElement;
const list = document.getElementById('findings') as HTMLOListElement;
const summary = document.getElementById('summary') as HTMLElement;
const rewriteAll = document.getElementById('rewrite-all') as HTMLButtonElement;

const linter = createLinter();
const session = attachEditor(draft, {
  lint: (text) => linter.lint(text),
  card: createCard(document),
  onResult: (text, findings) => renderList(text, findings),
});

function entry(finding: Finding): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.revealLintCategory = finding.category;
  item.dataset.revealLintRule = finding.ruleId;

  const tag = document.createElement('span');
  tag.className = `tag ${finding.severity}`;
  tag.textContent = categoryLabel(finding.category);
  const quote = document.createElement('button');
  quote.type = 'button';
  quote.className = `quote ${finding.severity}`;
  quote.title = 'Show these words in the draft';
  quote.textContent = `“${clip(finding.text)}”`;
  quote.addEventListener('click', () => {
    draft.focus();
    draft.setSelectionRange(finding.start, finding.end);
  });
  const message = document.createElement('p');
  message.className = 'message';
  message.textContent = finding.message;
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = finding.note;
  item.append(tag, quote, message, note);

  finding.suggestions.slice(0, MAX_SUGGESTIONS).forEach((suggestion, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'suggestion';
    button.dataset.revealLintSuggestion = String(i);
    button.textContent = shownAs(suggestion);
    button.title = suggestion.message;
    button.addEventListener('click', () => session.apply(finding, suggestion));
    item.append(button);
  });
  return item;
}

function renderList(text: string, findings: readonly Finding[]) {
  list.replaceChildren(...findings.map(entry));
  const n = findings.length;
  summary.textContent =
    text.trim() === ''
      ? 'Nothing to check yet.'
      : n === 0
        ? 'Nothing here pushes them away. 🌱'
        : `${n} ${n === 1 ? 'thing' : 'things'} here may push them away.`;
  rewriteAll.disabled = !findings.some((f) => f.suggestions.length > 0);
}

// The library's rewrite(): the best clean suggestion of each flagged sentence, as one undoable edit.
rewriteAll.addEventListener('click', () => {
  session.refresh(); // the person may have typed within the debounce delay
  const { text } = rewrite(session.text);
  if (text !== session.text) session.replaceText(text);
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
  button.addEventListener('click', () => {
    draft.focus();
    session.replaceText(button.dataset.example ?? '');
  });
}
