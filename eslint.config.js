import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** The later parts of the widget: the first script (widget/signpost/) may import only their types. */
const LATER_WIDGET_PARTS = ['**/finder-engine/**', '**/learn-at-home/**', '**/configurator/**', '**/register-chunk.ts'];

/** shared/ is the core: it knows nothing of where it runs. */
const CORE_RULES = [
  {
    group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'],
    message: 'shared/ must not depend on the extension.',
  },
  {
    group: ['**/entrypoints/**', '**/extension/**', '**/widget/**', '**/cli/**'],
    message: 'shared/ is the core: front doors import it, not the reverse.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.cache/', '.wxt/', 'dist/', 'shared/postcode/outcodes/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    // Our imports name their files in full (./resource.ts), so Node's own resolution finds every one.
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // So the cycle check can read the files an import leads to.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
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
        {
          selector: "CallExpression[callee.property.name='unparse']",
          message: 'Write CSV with writeCsv (shared/util/csv.ts): it keeps spreadsheet formulas out of every cell.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // An import circle means two files are one room, or a protocol wants a file of its own: give it one.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The one CSV writer (the rule above sends everyone else here); markup and eval stay forbidden.
    files: ['shared/util/csv.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The core runs in Node, the widget and the extension alike (../shared/notes/architecture.md).
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: CORE_RULES }],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'shared/ runs outside the extension too: take what you need as an argument.' },
        { name: 'chrome', message: 'shared/ runs outside the extension too: take what you need as an argument.' },
      ],
    },
  },
  {
    // The data and the search engine sit below the UI: the UI calls them, never the reverse.
    files: ['shared/{util,geo,hours,postcode,directory,find}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**'],
              message: 'The engine sits below the UI: move what both need down into shared/find or shared/directory.',
            },
            ...CORE_RULES,
          ],
        },
      ],
    },
  },
  {
    // widget/signpost/ is the first script and holds only what ships in it (budgeted in scripts/build-site.ts).
    files: ['widget/signpost/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: LATER_WIDGET_PARTS,
              allowTypeImports: true,
              message:
                'A later part of the widget: load it with loadChunk (widget/chunks/load-chunk.ts), importing only its types.',
            },
          ],
        },
      ],
    },
  },
);
