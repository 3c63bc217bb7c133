// Keyboard and small-screen access to the page: skip links that move the focus without touching the
// address (its hash holds the scenario), the levers drawer below 1100 px, and the section links as one tab
// stop (arrow keys move between them), so results are a few Tab presses from the top.
export function installPageAccess(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-skip]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const id = a.dataset.skip!;
      if (id === 'levers') setDrawer(true);
      const target = document.getElementById(id);
      target?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'start' });
    });
  }

  const toggle = document.getElementById('levers-toggle');
  const drawer = document.getElementById('levers');
  const setDrawer = (open: boolean) => {
    document.body.classList.toggle('levers-open', open);
    toggle?.setAttribute('aria-expanded', String(open));
  };
  toggle?.addEventListener('click', () => {
    const open = !document.body.classList.contains('levers-open');
    setDrawer(open);
    if (open) drawer?.focus();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.body.classList.contains('levers-open')) {
      setDrawer(false);
      toggle?.focus();
    }
  });
  // A click outside the open drawer closes it (as any drawer does).
  document.addEventListener('pointerdown', (e) => {
    if (!document.body.classList.contains('levers-open')) return;
    const t = e.target instanceof Element ? e.target : null;
    if (t && !t.closest('#levers') && !t.closest('#levers-toggle')) setDrawer(false);
  });

  // Section links: one tab stop; ←/→/Home/End move along them.
  const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.sections a')];
  links.forEach((a, i) => {
    a.tabIndex = i === 0 ? 0 : -1;
    a.addEventListener('keydown', (e) => {
      const to =
        e.key === 'ArrowRight'
          ? (i + 1) % links.length
          : e.key === 'ArrowLeft'
            ? (i - 1 + links.length) % links.length
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? links.length - 1
                : -1;
      if (to < 0) return;
      e.preventDefault();
      for (const l of links) l.tabIndex = -1;
      links[to]!.tabIndex = 0;
      links[to]!.focus();
    });
  });
}
