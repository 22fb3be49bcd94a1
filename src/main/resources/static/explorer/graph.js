// The graph view (Cytoscape.js): nodes styled by type with their names as captions, every edge one click away from
// its evidence, and a node's neighbourhood fetched on demand a page at a time. A hub with thousands of neighbours is
// never loaded at once: each expansion asks the API for one page and places the new nodes in a ring around the hub
// (no layout over the whole graph), and the graph stops growing at MAX_NODES.
import { api } from './api.js';
import { el, show, navLink, entityHref, formatNumber } from './dom.js';
import { openEvidence, noQuoteMark } from './evidence.js';

/** One model type, one colour, always the same (the legend and Neo4j Browser's style agree on the idea). */
export const TYPE_COLOURS = {
	Manufacturer: '#1f4e9c', Distributor: '#2a7f9e', Dealer: '#c0392b', Importer: '#8e44ad', Country: '#2e7d32',
	Place: '#689f38', Court: '#5d4037', Law: '#6d4c41', Lawsuit: '#e67e22', Ruling: '#b7950b',
	Organization: '#455a64', Person: '#ad1457', Initiative: '#00838f', Source: '#757575', Claim: '#7b1fa2',
	FlowObservation: '#0277bd',
};

export const PAGE_SIZE = 50;

export const MAX_NODES = 1500;

export function typeColour(type) {
	return TYPE_COLOURS[type] || '#616161';
}

export function typeBadge(type) {
	const badge = el('span', { class: 'type-badge' }, type || 'Entity');
	badge.style.background = typeColour(type);
	return badge;
}

const STYLE = [
	{
		selector: 'node',
		style: {
			'background-color': 'data(colour)', label: 'data(caption)', 'font-size': 11, color: '#1b1f24',
			'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 140,
			'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
			width: 18, height: 18, 'min-zoomed-font-size': 7,
		},
	},
	{ selector: 'node.centre', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#1b1f24' } },
	{ selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f6feb' } },
	{ selector: 'node.endpoint', style: { width: 26, height: 26, 'border-width': 3, 'border-color': '#1b1f24' } },
	{
		selector: 'edge',
		style: {
			width: 1.5, 'line-color': '#8c959f', 'target-arrow-color': '#8c959f', 'target-arrow-shape': 'triangle',
			'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, color: '#4a5360', 'text-rotation': 'autorotate',
			'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'min-zoomed-font-size': 8,
		},
	},
	{ selector: 'edge.no-quote', style: { 'line-style': 'dashed' } },
	{ selector: 'edge:selected, edge.highlighted', style: { width: 4, 'line-color': '#1f6feb', 'target-arrow-color': '#1f6feb' } },
	{ selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': '#1f6feb' } },
	{ selector: '.faded', style: { opacity: 0.25 } },
];

function caption(node) {
	const name = node.name || node.id;
	return name.length > 60 ? name.slice(0, 57) + '…' : name;
}

/** Registers fCoSE once, if its script loaded; the built-in cose layout is the fallback. */
function layoutName() {
	if (window.cytoscapeFcose && !layoutName.registered) {
		window.cytoscape.use(window.cytoscapeFcose);
		layoutName.registered = true;
	}
	return layoutName.registered ? 'fcose' : 'cose';
}

export function edgeId(relationship) {
	return relationship.from + '|' + relationship.type + '|' + relationship.to;
}

/**
 * A graph in a container with a side panel for the selected node or edge.
 * @returns an object with add(nodes, relationships), expand(id), layout(), names, cy
 */
export function createGraph(container, panel, { onStatus = () => {} } = {}) {
	if (!window.cytoscape) {
		show(container, el('p', { class: 'error' }, 'The graph library did not load; the lists on this page hold the same data.'));
		return null;
	}
	const cy = window.cytoscape({ container, style: STYLE, minZoom: 0.05, maxZoom: 4 });
	const names = {};
	const relationships = new Map();
	const paging = new Map();
	const graph = { cy, names, relationships, paging };

	graph.add = (nodes, rels, placeAround, drawnEnd = (end) => end) => {
		const fresh = [];
		cy.batch(() => {
			for (const node of nodes) {
				names[node.id] = node.name || node.id;
				if (cy.getElementById(node.id).nonempty()) {
					continue;
				}
				fresh.push(cy.add({
					group: 'nodes',
					data: { id: node.id, caption: caption(node), type: node.type, colour: typeColour(node.type), node },
				}));
			}
			for (const relationship of rels) {
				const id = edgeId(relationship);
				const source = drawnEnd(relationship.from);
				const target = drawnEnd(relationship.to);
				if (cy.getElementById(id).nonempty() || cy.getElementById(source).empty()
					|| cy.getElementById(target).empty()) {
					continue;
				}
				relationships.set(id, relationship);
				cy.add({
					group: 'edges',
					classes: relationship.evidence && relationship.evidence.quote ? '' : 'no-quote',
					data: { id, source, target, type: relationship.type },
				});
			}
			if (placeAround) {
				ring(placeAround, fresh);
			}
		});
		return fresh;
	};

	/** New neighbours in rings around the node they hang from: no global layout, whatever the graph's size. */
	function ring(centreId, fresh) {
		const centre = cy.getElementById(centreId).position();
		const perRing = 24;
		fresh.forEach((node, i) => {
			const ringIndex = Math.floor(i / perRing);
			const inRing = Math.min(perRing, fresh.length - ringIndex * perRing);
			const angle = (2 * Math.PI * (i % perRing)) / inRing + ringIndex * 0.3;
			const radius = 130 + ringIndex * 90;
			node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
		});
	}

	graph.layout = (options = {}) => {
		cy.layout({ name: layoutName(), animate: false, randomize: true, nodeRepulsion: 9000, idealEdgeLength: 110,
			...options }).run();
		graph.fit();
	};

	/** Fits the graph in view, but never zooms a small graph in past its natural size. */
	graph.fit = () => {
		cy.fit(undefined, 30);
		if (cy.zoom() > 1.1) {
			cy.zoom(1.1);
			cy.center();
		}
	};

	/** Fetches the next page of a node's neighbours; returns how many it added. */
	graph.expand = async (id) => {
		const state = paging.get(id) || { cursor: null, loaded: 0, total: null, done: false };
		if (state.done) {
			return 0;
		}
		if (cy.nodes().length >= MAX_NODES) {
			onStatus('The graph holds ' + formatNumber(MAX_NODES) + ' nodes, as many as it draws; open a node\'s page '
				+ 'to list the rest.');
			return 0;
		}
		const answer = await api.neighbourhood(id, { limit: PAGE_SIZE, perHubCap: 10000, cursor: state.cursor });
		const nodes = answer.neighbours.map((n) => n.node);
		// A cluster (entities judged the same) is drawn as its canonical node: a member's relationship is drawn from
		// it, and keeps its own ends for the evidence dialog.
		const centre = answer.entity.id;
		const members = new Set(answer.members || []);
		const drawn = (end) => (members.has(end) ? centre : end);
		const rels = answer.neighbours.map((n) => n.relationship);
		const added = graph.add([answer.entity, ...nodes], rels, id, drawn);
		state.loaded += answer.neighbours.length;
		state.total = answer.groups.reduce((sum, group) => sum + group.total, 0);
		state.cursor = answer.nextCursor || null;
		state.done = !answer.nextCursor;
		paging.set(id, state);
		return added.length;
	};

	graph.selectNode = (id) => {
		cy.elements().unselect();
		const node = cy.getElementById(id);
		if (node.nonempty()) {
			node.select();
			describeNode(node);
			if (!cy.extent() || !node.renderedPosition() || offscreen(node)) {
				cy.center(node);
			}
		}
	};

	function offscreen(node) {
		const p = node.renderedPosition();
		return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
	}

	function describeNode(node) {
		const data = node.data();
		const state = paging.get(data.id);
		const expandLabel = !state ? 'Expand neighbours'
			: state.done ? null : 'Load ' + PAGE_SIZE + ' more';
		show(panel,
			el('h3', {}, data.node.name || data.id),
			el('p', {}, typeTag(data.type), ' ', el('code', {}, data.id)),
			state ? el('p', { class: 'muted' }, formatNumber(state.loaded) + ' of ' + formatNumber(state.total)
				+ ' neighbours loaded') : null,
			el('div', { class: 'actions' },
				expandLabel ? el('button', { type: 'button', class: 'expand', onclick: () => expandAndDescribe(data.id) },
					expandLabel) : null,
				navLink(entityHref(data.id), 'Open page')),
			linksOf(node));
	}

	function typeTag(type) {
		return typeBadge(type);
	}

	function nameOf(id) {
		return names[id] || id;
	}

	function linksOf(node) {
		const edges = node.connectedEdges().slice(0, 12);
		if (edges.length === 0) {
			return null;
		}
		return el('div', {}, el('h3', {}, 'Links'),
			el('ul', {}, edges.map((edge) => {
				const relationship = relationships.get(edge.id());
				return el('li', {}, el('button', {
					type: 'button', class: 'link',
					onclick: (event) => openEvidence(relationship, names, event.currentTarget),
				}, relationship.type + ' ' + nameOf(edge.data('source') === node.id() ? relationship.to : relationship.from)),
				' ', noQuoteMark(relationship));
			})),
			node.connectedEdges().length > 12 ? el('p', { class: 'muted' }, 'and ' + (node.connectedEdges().length - 12)
				+ ' more (see the list on the page)') : null);
	}

	async function expandAndDescribe(id) {
		try {
			const added = await graph.expand(id);
			onStatus(added + ' nodes added');
		}
		catch (error) {
			onStatus(error.message);
		}
		describeNode(cy.getElementById(id));
	}

	cy.on('tap', 'node', (event) => {
		describeNode(event.target);
	});
	cy.on('dbltap', 'node', (event) => expandAndDescribe(event.target.id()));
	cy.on('tap', 'edge', (event) => {
		const relationship = relationships.get(event.target.id());
		openEvidence(relationship, names, container);
	});

	// Keyboard: arrows walk the nodes, Enter expands, o opens the page, e shows the first link's evidence.
	container.setAttribute('tabindex', '0');
	container.addEventListener('keydown', (event) => {
		const nodes = cy.nodes();
		if (nodes.empty()) {
			return;
		}
		const selected = cy.nodes(':selected');
		let index = selected.nonempty() ? nodes.indexOf(selected[0]) : -1;
		if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
			index = (index + 1) % nodes.length;
		}
		else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
			index = (index - 1 + nodes.length) % nodes.length;
		}
		else if (event.key === 'Enter' && selected.nonempty()) {
			expandAndDescribe(selected[0].id());
			event.preventDefault();
			return;
		}
		else if (event.key === 'o' && selected.nonempty()) {
			container.dispatchEvent(new CustomEvent('navigate', { bubbles: true, detail: entityHref(selected[0].id()) }));
			return;
		}
		else if (event.key === 'e' && selected.nonempty()) {
			const edge = selected[0].connectedEdges()[0];
			if (edge) {
				openEvidence(relationships.get(edge.id()), names, container);
			}
			return;
		}
		else {
			return;
		}
		event.preventDefault();
		graph.selectNode(nodes[index].id());
	});
	return graph;
}

export function legend(types) {
	return el('ul', { class: 'legend', 'aria-label': 'Node colours by type' },
		[...new Set(types)].sort().map((type) => {
			const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
			swatch.style.background = typeColour(type);
			return el('li', {}, swatch, type);
		}));
}
