// Disagreements between sources, side by side: each claim with what it says, its value, what it is about and the
// sources that assert it, so a reader sees who says what before trusting either.
import { api } from './api.js';
import { el, show, navLink, entityHref } from './dom.js';
import { sourceItem, evidenceButton } from './evidence.js';

export async function disagreementsView(container, params) {
	const entity = params.get('entity');
	document.title = 'Disagreements · ironriver';
	const answer = await api.contradictions(entity);
	show(container,
		el('h1', {}, 'Disagreements between sources'),
		el('p', {}, entity ? ['Only the pairs about ', navLink(entityHref(entity), entity), ' (',
			navLink('/disagreements', 'show all'), ').'] : 'Claims that cannot both be true, each with the sources that '
			+ 'make it.'),
		el('p', { class: 'muted' }, answer.contradictions.length + (answer.contradictions.length === 1 ? ' pair' : ' pairs')),
		disagreementList(answer.contradictions, 2));
}

/** @param level the heading level of each pair (its two sides one below) */
export function disagreementList(contradictions, level = 3) {
	return el('div', { class: 'disagreements' }, contradictions.map((pair, index) => {
		const names = { [pair.claim.claim.id]: pair.claim.claim.name, [pair.otherClaim.claim.id]: pair.otherClaim.claim.name };
		const topic = pair.claim.claim.properties && pair.claim.claim.properties.topic;
		// An article, not a labelled section: several pairs share a topic, and landmarks must have unique names.
		return el('article', { class: 'pair', 'aria-labelledby': 'disagreement-' + index },
			el('h' + level, { id: 'disagreement-' + index }, topic ? 'On ' + topic.replace(/-/g, ' ') : 'Disagreement', ' ',
				evidenceButton(pair.relationship, names, 'Why they conflict')),
			el('div', { class: 'sides' }, side(pair.claim, level + 1), side(pair.otherClaim, level + 1)));
	}));
}

function side(claimSide, level) {
	const claim = claimSide.claim;
	const props = claim.properties || {};
	return el('article', { class: 'side' },
		el('h' + level, {}, navLink(entityHref(claim.id), claim.name || claim.id)),
		props.statement ? el('blockquote', {}, props.statement) : null,
		props.value !== undefined ? el('p', {}, 'Value: ', el('strong', {}, String(props.value)),
			props.unit ? ' ' + props.unit.replace(/-/g, ' ') : '') : null,
		claimSide.about && claimSide.about.length ? el('p', {}, 'About: ', claimSide.about.map((id, i) =>
			[i ? ', ' : '', navLink(entityHref(id), id)])) : null,
		el('p', { class: 'muted' }, claimSide.sources.length === 1 ? 'Asserted by' : 'Asserted by '
			+ claimSide.sources.length + ' sources'),
		el('ol', { class: 'sources' }, claimSide.sources.map(sourceItem)));
}
