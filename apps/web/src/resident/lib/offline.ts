/**
 * Registers the service worker (public/sw.js) so that what a resident opened (their ticket above all)
 * opens again without a network. A first visit is enough: once the worker controls the page, the page
 * hands it the assets it had already loaded.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    const send = () => {
      const urls = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.startsWith(`${location.origin}/assets/`));
      navigator.serviceWorker.controller?.postMessage({ type: 'xs-cache', urls });
    };
    if (navigator.serviceWorker.controller) send();
    else navigator.serviceWorker.addEventListener('controllerchange', send, { once: true });
  });
}
