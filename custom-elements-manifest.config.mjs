// Generates widget/custom-elements.json from the components' JSDoc (summary, attributes, parts,
// custom properties); the widget's documentation is written from it.
export default {
  globs: ['widget/src/**/*.ts'],
  exclude: ['widget/src/**/*.styles.ts', 'widget/src/**/*.strings.ts', 'widget/src/**/*.strings.*.ts'],
  outdir: 'widget',
  litelement: true,
};
