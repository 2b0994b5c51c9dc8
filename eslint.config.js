import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'shared/postcode/outcodes/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Directory data and host pages are hostile: text never becomes markup (README, "Security").
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never markup.' },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Use textContent or Preact, never innerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Use DOM nodes, never HTML strings.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the widget must run under a strict CSP.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in Node, the widget and the extension alike (../shared/notes/architecture.md).
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'],
              message: 'shared/ must not depend on the extension.',
            },
            {
              group: ['**/entrypoints/**', '**/extension/**', '**/widget/**', '**/cli/**'],
              message: 'shared/ is the core: front doors import it, not the reverse.',
            },
          ],
        },
      ],
    },
  },
);
