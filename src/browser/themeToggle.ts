// The theme toggle in the header (see ThemeToggle.astro).
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';

for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset.theme = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page.
    }
    show();
  });
  systemDark.addEventListener('change', show);
  show();
  button.hidden = false;
}

export {};
