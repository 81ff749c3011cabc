/**
 * Makes a test fail when Lit warns in dev mode (an update scheduled during an update, a missing property…):
 * such a warning is a performance or correctness defect that would otherwise scroll by unnoticed.
 * Call once per test file, at module level.
 */
export function failOnLitWarnings(): void {
  const hooks = globalThis as unknown as {
    beforeEach?: (fn: () => void) => void;
    afterEach?: (fn: (this: { currentTest?: { fullTitle(): string } }) => void) => void;
  };
  if (!hooks.beforeEach || !hooks.afterEach) return;
  const heard: string[] = [];
  const original = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) heard.push(text);
    original(...args);
  };
  hooks.beforeEach(() => {
    heard.length = 0;
  });
  hooks.afterEach(function () {
    const test = this.currentTest?.fullTitle() ?? 'this test';
    if (heard.length) throw new Error(`Lit warned during « ${test} »:\n${heard.join('\n')}`);
  });
}
