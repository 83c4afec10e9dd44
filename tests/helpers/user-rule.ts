/** A well-formed user rule for option and error-contract tests; spread it and change one key. */
export const labelRule = {
  id: 'my-rule',
  category: 'blame',
  match: 'you are [<label>impossible]',
  message: '“{{label}}” is a label.',
  note: 'Labels put people on the defensive.',
  source: '003_027949e89b04d46c.txt',
  examples: { invalid: [{ text: 'You are impossible', flag: 'You are impossible' }], valid: ['This is impossible'] },
};
