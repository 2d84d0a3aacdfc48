/**
 * Registers the offline service worker of @docusaurus/plugin-pwa only once the page has
 * loaded and the browser is idle, so that precaching the course for offline use never
 * competes with the first visit's own downloads. The plugin's own module does the rest.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

function whenIdle(run: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 2000);
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  const register = () => whenIdle(() => void import('@docusaurus/plugin-pwa/lib/registerSw.js'));
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
