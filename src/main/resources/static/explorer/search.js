// Search (names, d/b/a aliases, docket numbers, citations, licence numbers: what /api/search covers) and the home
// page that starts from it.
import { api } from './api.js';
import { el, show, navLink, entityHref } from './dom.js';
import { typeBadge } from './graph.js';

export async function searchView(container, params) {
	const q = (params.get('q') || '').trim();
	document.title = (q ? q + ' · ' : '') + 'Search · ironriver';
	const input = document.getElementById('search-input');
	if (input && input.value !== q) {
		input.value = q;
	}
	if (!q) {
		show(container, el('h1', {}, 'Search'), el('p', {}, 'Type a name, an alias, a docket number, a citation or a '
			+ 'licence number in the box above.'));
		return;
	}
	const hits = await api.search(q, 50);
	show(container,
		el('h1', {}, 'Search: ', el('q', {}, q)),
		el('p', { class: 'muted', role: 'status' }, hits.length === 0 ? 'Nothing matches every word.'
			: hits.length + (hits.length === 1 ? ' match' : ' matches')),
		el('ul', { class: 'hits' }, hits.map((hit) => el('li', {},
			navLink(entityHref(hit.entity.id), hit.entity.name || hit.entity.id), ' ', typeBadge(hit.entity.type), ' ',
			el('span', { class: 'muted' }, matched(hit.entity))))));
}

/** The identifiers a hit carries (what the search may have matched besides its name). */
function matched(entity) {
	const props = entity.properties || {};
	return [props.docketNumber, props.citation, props.licenceNumber,
		(props.aliases || []).length ? 'also ' + props.aliases.join('; ') : null].filter(Boolean).join(' · ');
}

export function homeView(container) {
	document.title = 'ironriver explorer';
	show(container,
		el('h1', {}, 'ironriver'),
		el('p', {}, 'A knowledge graph of the flow of U.S. firearms to Mexico and the Caribbean: actors, flows and legal '
			+ 'actions, with the evidence for every relationship (the source, its quote, the dates and a confidence).'),
		el('h2', {}, 'Start here'),
		el('ul', {},
			el('li', {}, navLink('/search?q=Sprague', 'Search for “Sprague”'), ' – a dealer in Yuma, Arizona, named in '
				+ 'Mexico’s second lawsuit'),
			el('li', {}, navLink(entityHref('spragues-sports'), 'Sprague’s Sports, Inc.'), ' – its relationships, '
				+ 'evidence and timeline'),
			el('li', {}, navLink('/trace?from=spragues-sports&country=MX', 'Trace Sprague’s Sports to Mexico'),
				' – ranked paths with the evidence of every hop'),
			el('li', {}, navLink(entityHref('mx-v-sw-dmass'), 'Mexico v. Smith & Wesson (D. Mass.)'), ' – the first '
				+ 'lawsuit, its rulings and the appeal chain'),
			el('li', {}, navLink(entityHref('plcaa'), 'The PLCAA'), ' – the federal statute the cases turn on'),
			el('li', {}, navLink('/paths?from=spragues-sports&to=plcaa', 'Paths from Sprague’s Sports to the PLCAA')),
			el('li', {}, navLink('/disagreements', 'Where the sources disagree'), ' – side by side'),
			el('li', {}, navLink('/resolution', 'Resolution'), ' – pairs that may be one entity, to judge same or not')),
		el('p', { class: 'muted' }, 'Press ', el('kbd', {}, '/'), ' to search and ', el('kbd', {}, '?'),
			' for the keyboard shortcuts.'));
}
