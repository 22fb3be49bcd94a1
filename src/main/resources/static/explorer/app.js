// The explorer's router: one shell page for every route (/, /search, /entities/{id}, /trace, /paths,
// /disagreements, /resolution, /resolution/judgements); links inside the explorer change the view without
// reloading, and every view's address is a deep link that works on its own.
import { el, show, errorBox } from './dom.js';
import { installEvidenceDialog } from './evidence.js';
import { entityView } from './entity.js';
import { traceView, pathsView } from './paths.js';
import { disagreementsView } from './disagreements.js';
import { searchView, homeView } from './search.js';
import { resolutionView, judgementsView } from './resolution.js';

const view = document.getElementById('view');

async function render() {
	const { pathname, search } = window.location;
	const params = new URLSearchParams(search);
	view.dataset.route = pathname;
	delete view.dataset.ready;
	try {
		const entity = pathname.match(/^\/entities\/([^/]+)$/);
		if (entity) {
			await entityView(view, decodeURIComponent(entity[1]));
		}
		else if (pathname === '/search') {
			await searchView(view, params);
		}
		else if (pathname === '/trace') {
			await traceView(view, params, navigate);
		}
		else if (pathname === '/paths') {
			await pathsView(view, params, navigate);
		}
		else if (pathname === '/disagreements') {
			await disagreementsView(view, params);
		}
		else if (pathname === '/resolution') {
			await resolutionView(view, params);
		}
		else if (pathname === '/resolution/judgements') {
			await judgementsView(view);
		}
		else if (pathname === '/') {
			homeView(view);
		}
		else {
			show(view, el('h1', {}, 'Not found'), el('p', {}, 'The explorer has no page at this address.'));
		}
	}
	catch (error) {
		show(view, el('h1', {}, 'Something went wrong'), errorBox(error));
	}
	view.dataset.ready = 'true';
	if (!performance.getEntriesByName('explorer-interactive').length) {
		performance.mark('explorer-interactive');
	}
}

export function navigate(href) {
	if (href !== window.location.pathname + window.location.search) {
		window.history.pushState({}, '', href);
	}
	render().then(() => {
		const heading = view.querySelector('h1');
		if (heading) {
			heading.setAttribute('tabindex', '-1');
			heading.focus({ preventScroll: true });
		}
		window.scrollTo(0, 0);
	});
}

document.addEventListener('click', (event) => {
	const link = event.target.closest('a[data-nav], header nav a, a.brand');
	if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
		return;
	}
	event.preventDefault();
	navigate(link.getAttribute('href'));
});
document.addEventListener('navigate', (event) => navigate(event.detail));
window.addEventListener('popstate', render);

document.getElementById('search-form').addEventListener('submit', (event) => {
	event.preventDefault();
	const q = document.getElementById('search-input').value.trim();
	if (q) {
		navigate('/search?q=' + encodeURIComponent(q));
	}
});

// Keys: "/" searches, "?" lists the keys, "g" then t/p/d/h goes to a view; never while typing in a field.
let pendingG = false;
document.addEventListener('keydown', (event) => {
	const typing = event.target.closest('input, textarea, select, [contenteditable]');
	if (typing || event.ctrlKey || event.metaKey || event.altKey || document.querySelector('dialog[open]')) {
		return;
	}
	if (event.key === '/') {
		event.preventDefault();
		document.getElementById('search-input').focus();
	}
	else if (event.key === '?') {
		document.getElementById('keys-dialog').showModal();
	}
	else if (pendingG) {
		pendingG = false;
		const target = { t: '/trace', p: '/paths', d: '/disagreements', h: '/' }[event.key];
		if (target) {
			navigate(target);
		}
	}
	else if (event.key === 'g' && !event.target.closest('.graph')) {
		pendingG = true;
		setTimeout(() => { pendingG = false; }, 1500);
	}
});
document.getElementById('keys-help-link').addEventListener('click', (event) => {
	event.preventDefault();
	document.getElementById('keys-dialog').showModal();
});

installEvidenceDialog();
render();
