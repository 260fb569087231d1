// The demo site: lists the course's modules and opens the one named in ?module=.
const viewer = document.getElementById('viewer');
const list = document.getElementById('module-list');
const wanted = new URLSearchParams(location.search).get('module');
if (wanted) viewer.setAttribute('module', wanted);

fetch(new URL('content/course.json', import.meta.url))
  .then((r) => r.json())
  .then((course) => {
    const current = viewer.getAttribute('module');
    list.replaceChildren(...course.modules.map((m) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `?module=${encodeURIComponent(m.id)}`;
      a.textContent = m.title;
      if (m.id === current) a.setAttribute('aria-current', 'page');
      li.append(a);
      return li;
    }));
  })
  .catch(() => { /* the static list stays; the widget shows its own error */ });
