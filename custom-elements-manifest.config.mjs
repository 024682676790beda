// Generates widget/custom-elements.json from the components' JSDoc (summary, attributes, parts,
// custom properties); the widget's documentation is written from it.

/**
 * Events are typed classes (widget/src/events/), dispatched as `new KutseSignedInEvent({ … })`: the
 * analyzer cannot read a name off that call and lists a nameless event beside the one the class's
 * `@fires` tag names. The `@fires` tag is the documentation, so the nameless copy goes.
 */
const namedEventsOnly = {
  name: 'kutse-named-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
    }
  },
};

export default {
  globs: ['widget/src/**/*.ts'],
  // The console (widget/src/console/) is the API's own application, not a component a body embeds.
  exclude: [
    'widget/src/**/*.styles.ts',
    'widget/src/**/*.strings.ts',
    'widget/src/**/*.strings.*.ts',
    'widget/src/console/**',
  ],
  outdir: 'widget',
  litelement: true,
  plugins: [namedEventsOnly],
};
