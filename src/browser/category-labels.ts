import { CATEGORIES, type Category } from '../categories.js';

/** How the categories read in the card, the playground list and the options page. */
const LABELS: Record<Category, { label: string; hint: string }> = {
  blame: { label: 'Blame', hint: 'You-statements that accuse, label, or hand them your feelings.' },
  absolute: { label: 'Absolute', hint: 'Never/always verdicts about the other person.' },
  'demand-question': { label: 'Demand as a question', hint: 'Questions that are really demands or accusations.' },
  'attachment-lecture': { label: 'Attachment lecture', hint: 'Diagnosing them or explaining their psychology to them.' },
  'pattern-pointing': { label: 'Pattern pointing', hint: 'Pointing out their patterns: “here we go again”.' },
  'insight-steering': { label: 'Insight steering', hint: 'Guiding them toward an insight you already hold.' },
  pressure: { label: 'Pressure', hint: 'Demands that they open up or change.' },
  'pseudo-feeling': { label: 'Thought dressed as a feeling', hint: '“I feel like you…”: a judgement, not a feeling.' },
  'vague-feeling': { label: 'Vague feeling', hint: 'A feeling named too loosely to be heard.' },
  'big-talk': { label: 'Heavy opener', hint: 'Openers that put them on alert: “We need to talk”.' },
  overload: { label: 'Overload', hint: 'Several complaints or requests piled into one message.' },
  safety: { label: 'Safety', hint: 'The message describes harm or fear: no softening is offered.' },
};

export const categoryLabel = (c: Category): string => LABELS[c].label;
export const categoryHint = (c: Category): string => LABELS[c].hint;
export { CATEGORIES, type Category };
