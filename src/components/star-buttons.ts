/**
 * The script of the stars (StarButton.astro): shows each one's state and toggles it, for the
 * stars of the page and those a script adds later (My programme imports it too, as its rows are
 * made from a template), which dispatches `my-programme-change` to show them.
 */
import { selectionKey, selectionStore, withSession } from '../lib/favourites.ts';

const key = selectionKey(import.meta.env.BASE_URL);
const store = selectionStore(() => localStorage, key);
if (store) {
  // Every star of the page, also those a script adds later (My programme renders its rows from data).
  const show = () => {
    const chosen = store.read();
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-star]')) {
      button.hidden = false;
      button.setAttribute('aria-pressed', String(chosen.includes(button.dataset.star!)));
    }
  };
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-star]');
    if (!button) return;
    store.write(withSession(store.read(), button.dataset.star!, button.getAttribute('aria-pressed') !== 'true'));
    // The My programme page listens, to update its download and share link.
    document.dispatchEvent(new CustomEvent('my-programme-change'));
  });
  document.addEventListener('my-programme-change', show);
  // A choice made in another tab shows here too.
  addEventListener('storage', (event) => event.key === key && show());
  show();
}
