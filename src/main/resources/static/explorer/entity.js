// The entity page: what the entity is, its relationships grouped by type with their evidence one click away, a
// graph of its neighbourhood that grows on demand, its timeline and the disagreements about it.
import { api, ApiError } from './api.js';
import { el, show, asWritten, navLink, entityHref, errorBox, formatNumber } from './dom.js';
import { evidenceButton, noQuoteMark } from './evidence.js';
import { createGraph, legend, typeBadge } from './graph.js';
import { disagreementList } from './disagreements.js';

/** Rows shown per relationship group before "Show more": a hub's page stays light. */
const ROWS_PER_GROUP = 25;

const TRACEABLE = new Set(['Dealer', 'Distributor', 'Manufacturer', 'Importer']);

/**
 * Entities judged the same answer as one (docs/resolution.md): the page says which ids it stands for, and that the
 * id asked for is one of them. Plain ids, not links: each leads back to this page.
 */
function clusterNote(requested, entity, members) {
	if (!members || members.length < 2) {
		return null;
	}
	const ids = [];
	members.filter(member => member !== entity.id).forEach((member, i) => {
		ids.push(i > 0 ? ', ' : null, el('code', {}, member));
	});
	return el('p', { class: 'notice' },
		requested !== entity.id ? ['You asked for ', el('code', {}, requested), ', which was judged the same as this entity. '] : null,
		'Judged the same and shown here as one entity, with all their relationships: ', ids, '.');
}

export async function entityView(container, id) {
	let answer;
	try {
		answer = await api.entity(id);
	}
	catch (error) {
		if (error instanceof ApiError && error.status === 404) {
			document.title = 'Not found · ironriver';
			show(container, el('h1', {}, 'Not found'),
				el('p', { class: 'error', role: 'alert' }, 'No entity has the id ', el('code', {}, id), '. ',
					'Try the search above.'));
			return;
		}
		throw error;
	}
	const entity = answer.entity;
	document.title = (entity.name || entity.id) + ' · ironriver';
	const names = { [entity.id]: entity.name || entity.id };
	for (const connection of answer.relationships) {
		names[connection.other.id] = connection.other.name || connection.other.id;
	}
	const status = el('p', { class: 'muted', role: 'status' });
	const graphBox = el('div', { class: 'graph', id: 'graph', role: 'application',
		'aria-label': 'Graph of the neighbourhood of ' + names[entity.id] + '. Arrow keys select nodes, Enter expands one, '
			+ 'o opens its page, e shows the evidence of its first link.' });
	const panel = el('aside', { class: 'graph-panel', 'aria-label': 'Selected node' },
		el('p', { class: 'muted' }, 'Click a node to see it and expand its neighbours (double-click expands); click a '
			+ 'link to read its evidence. Dashed links have no quote.'));
	const timeline = el('div', {}, el('p', { class: 'loading' }, 'Loading the timeline…'));
	const disagreements = el('div', {}, el('p', { class: 'loading' }, 'Loading disagreements…'));

	show(container,
		el('h1', {}, entity.name || entity.id, ' ', typeBadge(entity.type)),
		el('p', { class: 'muted' }, 'id ', el('code', {}, entity.id), ' · ', formatNumber(answer.degree),
			answer.degree === 1 ? ' relationship' : ' relationships'),
		clusterNote(id, entity, answer.members),
		actions(entity),
		properties(entity),
		el('h2', { id: 'relationships' }, 'Relationships'),
		answer.truncated ? el('p', { class: 'notice' }, 'Showing ' + formatNumber(answer.relationships.length) + ' of '
			+ formatNumber(answer.degree) + ' relationships; the graph below pages through all of them.') : null,
		groups(answer.relationships, names),
		el('h2', { id: 'graph-heading' }, 'Graph'),
		el('div', { class: 'graph-wrap' }, graphBox, panel),
		status,
		el('div', { id: 'graph-legend' }),
		el('h2', { id: 'timeline' }, 'Timeline'),
		timeline,
		el('h2', { id: 'disagreements' }, 'Disagreements'),
		disagreements);

	const graph = createGraph(graphBox, panel, { onStatus: (text) => { status.textContent = text; } });
	if (graph) {
		graph.add([entity], []);
		graph.cy.getElementById(entity.id).addClass('centre');
		graph.expand(entity.id).then(() => {
			graph.layout();
			graph.selectNode(entity.id);
			show(document.getElementById('graph-legend'), legend(graph.cy.nodes().map((n) => n.data('type'))));
			container.dataset.graphReady = 'true';
		}).catch((error) => { status.textContent = error.message; });
	}
	api.timeline(entity.id).then((answer) => show(timeline, timelineTable(answer.events, names)))
		.catch((error) => show(timeline, errorBox(error)));
	api.contradictions(entity.id).then((answer) => show(disagreements, answer.contradictions.length
		? disagreementList(answer.contradictions) : el('p', { class: 'muted' }, 'No source disagrees with another about '
			+ 'this entity.')))
		.catch((error) => show(disagreements, errorBox(error)));
}

function actions(entity) {
	const dossier = (format, label) => el('a', { class: 'button dossier', href: '/api/entities/'
		+ encodeURIComponent(entity.id) + '/dossier?format=' + format }, label);
	return el('div', { class: 'actions' },
		dossier('html', 'Dossier'), dossier('md', 'Dossier as Markdown'), dossier('pdf', 'Dossier as PDF'),
		TRACEABLE.has(entity.type) ? navLink('/trace?from=' + encodeURIComponent(entity.id) + '&country=MX',
			'Trace to Mexico') : null,
		navLink('/paths?from=' + encodeURIComponent(entity.id), 'Paths from here'),
		el('a', { href: '/api/entities/' + encodeURIComponent(entity.id) }, 'JSON'));
}

/** The node's properties; a date kept as written ("filedText": "2022-10") is shown instead of its first day. */
function properties(entity) {
	const props = entity.properties || {};
	const rows = [];
	for (const [key, value] of Object.entries(props)) {
		if (key.endsWith('Text') && key.slice(0, -4) in props) {
			continue;
		}
		if (value === null || (Array.isArray(value) && value.length === 0)) {
			continue;
		}
		const shown = props[key + 'Text'] || (Array.isArray(value) ? value.join('; ') : value);
		rows.push(el('tr', {}, el('th', { scope: 'row' }, label(key)), el('td', {}, String(shown))));
	}
	return rows.length ? el('table', { class: 'properties' }, el('caption', { class: 'visually-hidden' }, 'Properties'),
		el('tbody', {}, rows)) : null;
}

function label(key) {
	return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

function groups(connections, names) {
	const byGroup = new Map();
	for (const connection of connections) {
		const key = connection.relationship.type + ' ' + connection.direction;
		if (!byGroup.has(key)) {
			byGroup.set(key, []);
		}
		byGroup.get(key).push(connection);
	}
	if (byGroup.size === 0) {
		return el('p', { class: 'muted' }, 'No relationships.');
	}
	return el('div', { class: 'groups' }, [...byGroup.entries()].sort().map(([key, members]) => {
		const [type, direction] = key.split(' ');
		const body = el('tbody');
		const more = el('button', { type: 'button' });
		let shown = 0;
		const showMore = () => {
			const next = members.slice(shown, shown + ROWS_PER_GROUP);
			body.append(...next.map((connection) => row(connection, names)));
			shown += next.length;
			more.hidden = shown >= members.length;
			more.textContent = 'Show ' + Math.min(ROWS_PER_GROUP, members.length - shown) + ' more of '
				+ (members.length - shown);
		};
		more.addEventListener('click', showMore);
		showMore();
		return el('details', { open: true, class: 'group', dataset: { type } },
			el('summary', {}, direction === 'outgoing' ? type + ' →' : '← ' + type, ' ',
				el('span', { class: 'muted' }, '(' + members.length + ')')),
			el('table', {},
				el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, direction === 'outgoing' ? 'To' : 'From'),
					el('th', { scope: 'col' }, 'Quote'), el('th', { scope: 'col' }, 'Sources'),
					el('th', { scope: 'col' }, 'Valid'), el('th', { scope: 'col' }, 'Evidence'))),
				body),
			more);
	}));
}

function row(connection, names) {
	const relationship = connection.relationship;
	const evidence = relationship.evidence || {};
	const quote = evidence.quote;
	return el('tr', {},
		el('td', {}, navLink(entityHref(connection.other.id), connection.other.name || connection.other.id), ' ',
			el('span', { class: 'muted' }, connection.other.type)),
		el('td', {}, quote ? (quote.length > 140 ? quote.slice(0, 137) + '…' : quote) : noQuoteMark(relationship)),
		el('td', {}, String((evidence.sources || []).length)),
		el('td', {}, validity(evidence)),
		el('td', {}, evidenceButton(relationship, names)));
}

export function validity(evidence) {
	const from = asWritten(evidence.validFrom, evidence.validFromText);
	const to = asWritten(evidence.validTo, evidence.validToText);
	if (!from && !to) {
		return el('span', { class: 'muted' }, 'not given');
	}
	return (from || '…') + ' – ' + (to || 'now');
}

function timelineTable(events, names) {
	if (events.length === 0) {
		return el('p', { class: 'muted' }, 'No dated events.');
	}
	return el('table', { class: 'timeline' },
		el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'When'), el('th', { scope: 'col' }, 'What'),
			el('th', { scope: 'col' }, 'Who or what'), el('th', { scope: 'col' }, 'Reported'),
			el('th', { scope: 'col' }, 'Evidence'))),
		el('tbody', {}, events.map((event) => {
			if (event.subjectId) {
				names[event.subjectId] = event.subjectName || event.subjectId;
			}
			return el('tr', {},
				el('td', {}, asWritten(event.happened, event.happenedText) || ''),
				el('td', {}, event.event),
				el('td', {}, event.subjectId ? navLink(entityHref(event.subjectId), event.subjectName || event.subjectId)
					: ''),
				el('td', {}, event.evidence ? asWritten(event.evidence.evidence.assertedOn,
					event.evidence.evidence.assertedOnText) || '' : event.reported || ''),
				el('td', {}, event.evidence ? evidenceButton(event.evidence, names) : ''));
		})));
}
