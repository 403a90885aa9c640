/**
 * What a page asks for (not the page itself, nor its data: images) and what
 * its console reports as errors, since `reset` (a page opened): its handlers
 * take a Playwright or a puppeteer page's `request`, `console` and
 * `pageerror` events.
 */
export function pageEvents() {
  let requests: string[] = [];
  let errors: string[] = [];
  return {
    onRequest(request: { url(): string; isNavigationRequest(): boolean }) {
      if (!request.isNavigationRequest() && !request.url().startsWith('data:'))
        requests.push(request.url());
    },
    onConsole(message: { type(): string; text(): string }) {
      if (message.type() === 'error') errors.push(message.text());
    },
    onError(error: unknown) {
      errors.push(String(error));
    },
    reset() {
      [requests, errors] = [[], []];
    },
    requests: async () => [...requests],
    consoleErrors: async () => [...errors],
  };
}
