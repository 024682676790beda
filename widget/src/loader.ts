// The one script an awarding body pastes into its page. It holds no component: it watches the
// document and imports a component's module the first time its tag appears, so a page pays only
// for the widgets it shows.

/** Each tag and how to load the module that registers it. */
const components: Record<string, () => Promise<unknown>> = {
  'kutse-qualification-info': () => import('./qualification-info/define.ts'),
  'kutse-account': () => import('./account/define.ts'),
  'kutse-application-form': () => import('./application-form/define.ts'),
  'kutse-status-tracker': () => import('./status-tracker/define.ts'),
  'kutse-certificate-card': () => import('./certificate-card/define.ts'),
  'kutse-my-certificates': () => import('./my-certificates/define.ts'),
  'kutse-data-tracker': () => import('./data-tracker/define.ts'),
};

/**
 * Loads the components whose tags are in the document now or appear later. Safe to run twice:
 * the browser evaluates a module once per URL, and each define is guarded for other URLs.
 */
function watch(root: Document): void {
  const pending = new Map(Object.entries(components));
  const options: MutationObserverInit = { childList: true, subtree: true };

  const loadPresent = () => {
    for (const [tag, load] of pending) {
      if (!root.querySelector(tag)) continue;
      pending.delete(tag);
      load().catch((error: unknown) => {
        // Let a later appearance of the tag try again (e.g. after the network came back).
        pending.set(tag, load);
        observer.observe(root.documentElement, options);
        console.error(`Kutse: could not load <${tag}>`, error);
      });
    }
    if (pending.size === 0) observer.disconnect();
  };

  // One querySelector per pending tag per batch of mutations, however many nodes were added:
  // cheaper than walking every added subtree, and there are only a few tags.
  const observer = new MutationObserver(loadPresent);
  observer.observe(root.documentElement, options);
  loadPresent();
}

watch(document);
