// Trace (a dealer or supplier to a country) and paths (between any two entities): the ranked paths drawn as one
// graph, each hop a button to its evidence, case evidence told apart from context, and the answer downloadable in
// every report and export format the API has.
import { api, url, DOWNLOADS } from './api.js';
import { el, show, navLink, entityHref, errorBox } from './dom.js';
import { evidenceButton, noQuoteMark } from './evidence.js';
import { createGraph, legend, edgeId } from './graph.js';

const COLUMN_WIDTH = 230;

const ROW_HEIGHT = 64;

export async function traceView(container, params, navigate) {
	document.title = 'Trace · ironriver';
	const fields = {
		from: params.get('from') || '', country: params.get('country') || '', maxHops: params.get('maxHops') || '',
		asOf: params.get('asOf') || '', limit: params.get('limit') || '',
	};
	const form = queryForm('/trace', [
		entityField('from', 'From (dealer or supplier id)', fields.from, true),
		entityField('country', 'To country (id, e.g. MX)', fields.country, true),
		hopsField(fields.maxHops),
		field('asOf', 'Valid on (YYYY-MM-DD)', fields.asOf, { pattern: '\\d{4}-\\d{2}-\\d{2}', size: 11 }),
		field('limit', 'At most (paths)', fields.limit, { type: 'number', min: 1, max: 200, size: 5 }),
	], 'Trace', navigate);
	const results = el('div', { id: 'results' });
	show(container, el('h1', {}, 'Trace to a country'),
		el('p', {}, 'Paths in the direction of the flow, from a dealer or supplier through case evidence (supply, '
			+ 'location, purchases, trafficking, recoveries, firearm traces, criminal cases and lawsuits) to a '
			+ 'destination country; current and well-sourced paths first. Published statistics about the dealer\'s '
			+ 'places are listed apart, as context: they are not evidence about this dealer.'),
		form, results);
	if (fields.from && fields.country) {
		const parameters = { from: fields.from, country: fields.country, maxHops: fields.maxHops, asOf: fields.asOf,
			limit: fields.limit };
		await answerInto(results, '/api/trace', parameters, () => api.trace(parameters));
	}
}

export async function pathsView(container, params, navigate) {
	document.title = 'Paths · ironriver';
	const fields = {
		from: params.get('from') || '', to: params.get('to') || '', maxHops: params.get('maxHops') || '',
		limit: params.get('limit') || '', shortest: params.get('shortest') === 'true',
	};
	const shortest = el('label', { class: 'inline' },
		el('input', { type: 'checkbox', name: 'shortest', value: 'true', checked: fields.shortest }),
		'Shortest only');
	const form = queryForm('/paths', [
		entityField('from', 'From (id)', fields.from, true),
		entityField('to', 'To (id)', fields.to, true),
		hopsField(fields.maxHops),
		field('limit', 'At most (paths)', fields.limit, { type: 'number', min: 1, max: 200, size: 5 }),
		shortest,
	], 'Find paths', navigate);
	const results = el('div', { id: 'results' });
	show(container, el('h1', {}, 'Paths between two entities'),
		el('p', {}, 'Every path of at most the given number of hops, in either direction; shorter paths first, then '
			+ 'the best sourced. Sources and claims are not walked through.'),
		form, results);
	if (fields.from && fields.to) {
		const parameters = { from: fields.from, to: fields.to, maxHops: fields.maxHops, limit: fields.limit };
		const path = fields.shortest ? '/api/paths/shortest' : '/api/paths';
		await answerInto(results, path, parameters,
			() => (fields.shortest ? api.shortest(parameters) : api.paths(parameters)));
	}
}

function queryForm(action, controls, submitLabel, navigate) {
	const form = el('form', { class: 'query', action, method: 'get' }, controls,
		el('button', { type: 'submit' }, submitLabel));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const query = new URLSearchParams();
		for (const [name, value] of new FormData(form).entries()) {
			if (value !== '') {
				query.set(name, value);
			}
		}
		navigate(action + '?' + query.toString());
	});
	return form;
}

function field(name, labelText, value, attributes = {}) {
	return el('label', {}, labelText, el('input', { type: 'text', name, value, ...attributes }));
}

function hopsField(value) {
	const select = el('select', { name: 'maxHops' }, el('option', { value: '' }, 'default (4)'),
		[1, 2, 3, 4, 5, 6].map((n) => el('option', { value: n, selected: String(n) === value }, String(n))));
	return el('label', {}, 'Hops at most', select);
}

let datalistCount = 0;

/** An id field that suggests entities by name as one types (from /api/search). */
function entityField(name, labelText, value, required) {
	const listId = 'suggestions-' + (++datalistCount);
	const list = el('datalist', { id: listId });
	const input = el('input', { type: 'text', name, value, list: listId, required, autocomplete: 'off', size: 24,
		spellcheck: 'false' });
	let timer = null;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		const text = input.value.trim();
		if (text.length < 2) {
			return;
		}
		timer = setTimeout(() => api.search(text, 8).then((hits) => show(list, hits.map((hit) =>
			el('option', { value: hit.entity.id }, (hit.entity.name || hit.entity.id) + ' (' + hit.entity.type + ')'))))
			.catch(() => show(list)), 250);
	});
	return el('label', {}, labelText, input, list);
}

async function answerInto(results, apiPath, parameters, load) {
	show(results, el('p', { class: 'loading' }, 'Finding paths…'));
	let answer;
	try {
		answer = await load();
		performance.mark('paths-answered');
	}
	catch (error) {
		show(results, errorBox(error));
		return;
	}
	renderAnswer(results, answer, apiPath, parameters);
}

/**
 * Whether a hop is evidence from a case or context around it. The API's own classification wins when the answer
 * carries one (hop.kind); until then a hop through a flow observation or a claim is context (a statistic or an
 * assertion, not a fact of the case).
 */
export function hopKind(hop, nodesById) {
	if (hop.kind) {
		return hop.kind;
	}
	const types = [nodesById[hop.from], nodesById[hop.to]].map((n) => n && n.type);
	return types.includes('FlowObservation') || types.includes('Claim') ? 'context' : 'case evidence';
}

function renderAnswer(results, answer, apiPath, parameters) {
	const nodesById = {};
	for (const path of answer.paths) {
		for (const node of path.nodes) {
			nodesById[node.id] = node;
		}
	}
	for (const path of answer.context || []) {
		for (const node of path.nodes) {
			nodesById[node.id] = nodesById[node.id] || node;
		}
	}
	const names = Object.fromEntries(Object.values(nodesById).map((n) => [n.id, n.name || n.id]));
	const context = contextSection(answer.context || [], nodesById, names);
	const downloads = el('div', { class: 'actions downloads' }, el('span', {}, 'Download:'),
		DOWNLOADS.map(([format, label]) => el('a', { class: 'button', href: url(apiPath, { ...parameters, format }),
			download: true }, label)));
	if (answer.paths.length === 0) {
		show(results, el('p', { class: 'notice', role: 'status' }, 'No path of at most ' + answer.maxHops
			+ ' hops.'), downloads, context);
		return;
	}
	const graphBox = el('div', { class: 'graph', id: 'paths-graph', role: 'application',
		'aria-label': 'Graph of the ' + answer.paths.length + ' paths. Arrow keys select nodes, e shows the evidence '
			+ 'of a link.' });
	const panel = el('aside', { class: 'graph-panel', 'aria-label': 'Selected node' },
		el('p', { class: 'muted' }, 'Click a link for its evidence, a path in the list to pick it out.'));
	const status = el('p', { class: 'muted', role: 'status' });
	const list = el('ol', { class: 'paths' });
	show(results,
		el('h2', {}, answer.paths.length + (answer.paths.length === 1 ? ' path' : ' paths'), ' from ',
			navLink(entityHref(answer.from), names[answer.from] || answer.from), ' to ',
			navLink(entityHref(answer.to), names[answer.to] || answer.to)),
		downloads,
		el('div', { class: 'graph-wrap' }, graphBox, panel), status,
		// the legend of the drawn graph: the paths' nodes, not the context's
		legend(answer.paths.flatMap((path) => path.nodes.map((n) => n.type))),
		el('h2', {}, 'Ranked paths'), list, context,
		answer.query ? el('details', {}, el('summary', {}, 'The query that produced this answer'),
			el('pre', {}, answer.query.cypher || ''), el('pre', {}, JSON.stringify(answer.query.parameters || {}, null, 2)))
			: null);

	const graph = createGraph(graphBox, panel, { onStatus: (text) => { status.textContent = text; } });
	if (graph) {
		drawPaths(graph, answer);
	}
	answer.paths.forEach((path, i) => list.append(pathItem(path, i, nodesById, names, graph)));
	performance.mark('paths-drawn');
	results.dataset.pathsDrawn = String(answer.paths.length);
}

/**
 * The statistics about the start's places that reach the country: each figure with its caveat and its hops'
 * evidence, never drawn or ranked with the paths.
 */
function contextSection(context, nodesById, names) {
	if (context.length === 0) {
		return null;
	}
	return el('section', { class: 'trace-context', 'aria-label': 'Context' },
		el('h2', {}, 'Context: ' + context.length + (context.length === 1 ? ' statistic' : ' statistics')
			+ ' about these places'),
		el('p', { class: 'muted' }, 'Published figures whose origin is a place of the dealer. True of the pattern, '
			+ 'not proof about this dealer\'s guns; they do not count in any path\'s score.'),
		el('ol', { class: 'context-list' }, context.map((path) => {
			const statistic = path.nodes.find((node) => node.type === 'FlowObservation') || {};
			const properties = statistic.properties || {};
			const chain = el('div', { class: 'chain' });
			path.nodes.forEach((node, i) => {
				chain.append(navLink(entityHref(node.id), node.name || node.id));
				const hop = path.hops[i];
				if (hop) {
					const arrow = hop.forward ? hop.relationship.type + ' →' : '← ' + hop.relationship.type;
					chain.append(el('span', { class: 'hop' }, evidenceButton(hop.relationship, names, arrow), ' ',
						el('span', { class: 'context' }, 'context'), ' ', noQuoteMark(hop.relationship)));
				}
			});
			return el('li', {},
				el('div', {}, el('strong', {}, statistic.name || statistic.id || ''), figureText(properties)),
				el('div', { class: 'caveat' }, 'Caveat: ' + (properties.caveat || '')),
				chain);
		})));
}

const QUALIFIER_SIGNS = { approximately: '~', 'at-least': '≥', 'at-most': '≤', 'more-than': '>', 'less-than': '<' };

/**
 * A statistic's figure as its source gives it: "~200000 firearms", "> 40 percent", a range "89816–359205" with
 * no central value, and the dimension it is broken down by ("rifle", "Colt").
 */
function figureText(properties) {
	const range = properties.valueLow !== undefined && properties.valueHigh !== undefined
		? properties.valueLow + '–' + properties.valueHigh : null;
	let figure = '';
	if (properties.value !== undefined) {
		figure = (QUALIFIER_SIGNS[properties.qualifier] || '') + properties.value + (range ? ' (' + range + ')' : '');
	} else if (range) {
		figure = range;
	}
	if (!figure) {
		return '';
	}
	const dimensions = [properties.weaponType, properties.caliber, properties.manufacturer, properties.model]
		.filter((d) => d !== undefined && d !== null);
	return ' — ' + figure + ' ' + (properties.unit || '') + (dimensions.length ? ' [' + dimensions.join(', ') + ']' : '');
}

/** Columns by hop distance from the start (its first appearance on any path), so paths read left to right. */
function drawPaths(graph, answer) {
	const column = new Map();
	for (const path of answer.paths) {
		path.nodes.forEach((node, i) => column.set(node.id, Math.min(column.get(node.id) ?? i, i)));
	}
	const nodes = [];
	const rels = [];
	for (const path of answer.paths) {
		nodes.push(...path.nodes);
		rels.push(...path.hops.map((hop) => hop.relationship));
	}
	graph.add(nodes, rels);
	const rows = new Map();
	const positions = {};
	for (const [id, col] of column) {
		const row = rows.get(col) || 0;
		rows.set(col, row + 1);
		positions[id] = { col, row };
	}
	graph.cy.batch(() => {
		for (const [id, { col, row }] of Object.entries(positions)) {
			const height = rows.get(col);
			graph.cy.getElementById(id).position({ x: col * COLUMN_WIDTH, y: (row - (height - 1) / 2) * ROW_HEIGHT });
		}
		graph.cy.getElementById(answer.from).addClass('endpoint');
		graph.cy.getElementById(answer.to).addClass('endpoint');
	});
	graph.fit();
}

function pathItem(path, index, nodesById, names, graph) {
	const chain = el('div', { class: 'chain' });
	path.nodes.forEach((node, i) => {
		chain.append(navLink(entityHref(node.id), node.name || node.id));
		const hop = path.hops[i];
		if (hop) {
			const relationship = hop.relationship;
			const arrow = hop.forward ? relationship.type + ' →' : '← ' + relationship.type;
			const kind = hopKind(hop, nodesById);
			chain.append(el('span', { class: 'hop' }, evidenceButton(relationship, names, arrow), ' ',
				el('span', { class: kind === 'context' ? 'context' : 'case' }, kind), ' ', noQuoteMark(relationship)));
		}
	});
	const pick = el('button', { type: 'button', class: 'link', 'aria-pressed': 'false',
		onclick: (event) => highlight(graph, path, event.currentTarget) }, 'Show in graph');
	return el('li', {},
		el('div', { class: 'muted' }, path.length + (path.length === 1 ? ' hop' : ' hops'), ' · score ',
			path.score.toFixed(3), ' · ', path.sourceCount + (path.sourceCount === 1 ? ' source' : ' sources'), ' · ',
			path.current ? 'current' : 'a hop has ended', ' · ', pick),
		chain);
}

function highlight(graph, path, button) {
	if (!graph) {
		return;
	}
	const cy = graph.cy;
	const wasOn = button.getAttribute('aria-pressed') === 'true';
	for (const other of document.querySelectorAll('ol.paths button[aria-pressed]')) {
		other.setAttribute('aria-pressed', 'false');
		other.closest('li').classList.remove('highlighted');
	}
	cy.elements().removeClass('highlighted faded');
	if (wasOn) {
		return;
	}
	button.setAttribute('aria-pressed', 'true');
	button.closest('li').classList.add('highlighted');
	const picked = cy.collection();
	path.nodes.forEach((node) => { picked.merge(cy.getElementById(node.id)); });
	path.hops.forEach((hop) => { picked.merge(cy.getElementById(edgeId(hop.relationship))); });
	cy.elements().difference(picked).addClass('faded');
	picked.addClass('highlighted');
}
