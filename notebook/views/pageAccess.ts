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
  // The drawer's own close button, for touch screens without Escape.
  document.getElementById('levers-close')?.addEventListener('click', () => {
    setDrawer(false);
    toggle?.focus();
  });
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

  // Section links: one tab stop; ←/→/Home/End move along them. Links added later (新建/导入规划) join in.
  const nav = document.querySelector<HTMLElement>('nav.sections');
  if (!nav) return;
  const links = () => [...nav.querySelectorAll<HTMLAnchorElement>('a')];
  const rove = () => {
    const all = links();
    const current = all.find((a) => a.tabIndex === 0 && a.hasAttribute('tabindex')) ?? all[0];
    for (const a of all) a.tabIndex = a === current ? 0 : -1;
  };
  rove();
  new MutationObserver(rove).observe(nav, { childList: true });
  nav.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(e.target as HTMLAnchorElement);
    if (i < 0) return;
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % all.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + all.length) % all.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? all.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    for (const l of all) l.tabIndex = -1;
    all[to]!.tabIndex = 0;
    all[to]!.focus();
  });
}
