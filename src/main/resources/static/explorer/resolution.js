// The resolution review: candidate pairs side by side with the features their score is the sum of, judged Same /
// Not same / Unsure with a reason, and the standing judgements with an Undo. The API decides who may judge (403 for
// readers and analysts): the page shows every reader the candidates and shows the API's refusal when it comes.
import { api, ApiError, url } from './api.js';
import { el, show, navLink, entityHref, errorBox, formatNumber } from './dom.js';
import { typeBadge } from './graph.js';

const VERDICTS = [['same', 'Same'], ['not-same', 'Not same'], ['unsure', 'Unsure']];
const PAGE = 20;

/** A JSON write (POST or DELETE); a refusal becomes an ApiError carrying the problem detail. */
async function write(method, path, body) {
	const response = await fetch(path, {
		method,
		headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
		body: body ? JSON.stringify(body) : undefined,
	});
	let answer = {};
	try {
		answer = await response.json();
	}
	catch (ignored) {
		// No JSON body: the status says enough.
	}
	if (!response.ok) {
		throw new ApiError(response.status, answer);
	}
	return answer;
}

function refusal(error) {
	const box = errorBox(error);
	if (error.status === 403) {
		box.append(' ', el('span', {}, 'Judging needs the editor role.'));
	}
	return box;
}

function tabs(current) {
	return el('nav', { 'aria-label': 'Resolution', class: 'actions' },
		current === 'candidates' ? el('strong', { 'aria-current': 'page' }, 'Candidates')
			: navLink('/resolution', 'Candidates'),
		current === 'judgements' ? el('strong', { 'aria-current': 'page' }, 'Judgements')
			: navLink('/resolution/judgements', 'Judgements'));
}

export async function resolutionView(container, params) {
	document.title = 'Resolution · ironriver';
	const type = params.get('type') || '';
	const threshold = params.get('threshold') || '';
	const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
	const answer = await api.candidates({ type, threshold, offset, limit: PAGE });

	const form = el('form', { class: 'actions resolution-filter', action: '/resolution' },
		el('label', { for: 'resolution-type' }, 'Type'),
		el('select', { id: 'resolution-type', name: 'type' },
			['', 'Dealer', 'Distributor', 'Importer', 'Manufacturer', 'Organization', 'Person'].map((t) =>
				el('option', { value: t, selected: t === type }, t || 'any'))),
		el('label', { for: 'resolution-threshold' }, 'Threshold'),
		el('input', { id: 'resolution-threshold', name: 'threshold', type: 'number', min: '0', max: '1', step: '0.05',
			value: threshold || String(answer.threshold) }),
		el('button', { type: 'submit' }, 'Show'));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const data = new FormData(form);
		document.dispatchEvent(new CustomEvent('navigate', { detail: url('/resolution',
			{ type: data.get('type'), threshold: data.get('threshold') }) }));
	});

	const page = (to) => url('/resolution', { type, threshold, offset: to });
	const paging = el('nav', { 'aria-label': 'Pages of candidates', class: 'actions' },
		offset > 0 ? navLink(page(Math.max(0, offset - PAGE)), 'Previous') : null,
		offset + answer.candidates.length < answer.total ? navLink(page(offset + PAGE), 'Next') : null);

	show(container,
		el('h1', {}, 'Resolution: who is the same?'),
		tabs('candidates'),
		el('p', {}, 'Pairs of entities that may be one, best first, each with the features its score is the sum of. '
			+ 'Judge a pair Same, Not same or Unsure and say why; every judgement is kept and can be undone '
			+ '(judging needs the editor role).'),
		form,
		el('p', { class: 'muted', id: 'candidate-count' }, answer.total === 0 ? 'No pairs at or above '
			+ answer.threshold : 'Pairs ' + formatNumber(offset + 1) + '–' + formatNumber(offset + answer.candidates.length)
			+ ' of ' + formatNumber(answer.total) + ' at or above ' + answer.threshold),
		el('ol', { class: 'candidates', start: String(offset + 1) }, answer.candidates.map(candidateItem)),
		paging);
}

function side(entity) {
	return el('div', { class: 'side' },
		el('h3', {}, navLink(entityHref(entity.id), entity.name || entity.id)),
		el('p', {}, typeBadge(entity.type), ' ', el('code', {}, entity.id)));
}

function featureTable(features) {
	return el('table', { class: 'features' },
		el('caption', { class: 'visually-hidden' }, 'Features of the score'),
		el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Feature'), el('th', { scope: 'col' }, 'Weight'),
			el('th', { scope: 'col' }, 'Detail'))),
		el('tbody', {}, features.map((f) => el('tr', {}, el('td', {}, f.feature),
			el('td', { class: f.weight < 0 ? 'negative' : null }, (f.weight > 0 ? '+' : '') + f.weight),
			el('td', {}, f.detail || '')))));
}

function candidateItem(candidate, index) {
	const id = 'candidate-' + index;
	const status = el('div', { class: 'judgement-status', 'aria-live': 'polite' },
		candidate.judgement ? el('p', {}, 'Judged: ', el('strong', {}, candidate.judgement)) : null);
	return el('li', { class: 'candidate', dataset: { left: candidate.left.id, right: candidate.right.id } },
		el('article', { 'aria-labelledby': id },
			el('h2', { id }, (candidate.left.name || candidate.left.id) + ' ↔ ' + (candidate.right.name
				|| candidate.right.id), ' ', el('span', { class: 'score' }, 'score ' + candidate.score)),
			el('div', { class: 'sides' }, side(candidate.left), side(candidate.right)),
			featureTable(candidate.features),
			status,
			judgeForm(candidate, index, status)));
}

function judgeForm(candidate, index, status) {
	const whyId = 'why-' + index;
	const why = el('input', { id: whyId, name: 'why', type: 'text', required: true, size: '50' });
	const buttons = VERDICTS.map(([verdict, label]) => el('button', { type: 'submit', value: verdict,
		class: 'verdict' }, label));
	const form = el('form', { class: 'judge actions' },
		el('label', { for: whyId }, 'Why'), why, buttons);
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const verdict = event.submitter && event.submitter.value;
		if (!why.value.trim()) {
			why.reportValidity();
			return;
		}
		buttons.forEach((b) => { b.disabled = true; });
		try {
			const judgement = await write('POST', '/api/resolution/judgements',
				{ left: candidate.left.id, right: candidate.right.id, verdict, why: why.value.trim() });
			show(status, el('p', {}, 'Judged: ', el('strong', { class: 'verdict-text' }, judgement.verdict), ' by ',
				judgement.who, ' – ', judgement.why, ' (', navLink('/resolution/judgements', 'judgements'), ')'));
			form.remove();
		}
		catch (error) {
			show(status, refusal(error));
			buttons.forEach((b) => { b.disabled = false; });
		}
	});
	return form;
}

export async function judgementsView(container) {
	document.title = 'Judgements · ironriver';
	const judgements = await api.judgements();
	show(container,
		el('h1', {}, 'Resolution judgements'),
		tabs('judgements'),
		el('p', {}, 'The judgements that stand, newest first. Undo keeps the judgement, marked undone, and recomputes '
			+ 'the clusters of its two entities.'),
		el('p', { class: 'muted' }, judgements.length + (judgements.length === 1 ? ' judgement' : ' judgements')),
		judgements.length ? el('table', { class: 'judgements' },
			el('caption', { class: 'visually-hidden' }, 'Standing judgements'),
			el('thead', {}, el('tr', {}, ['Pair', 'Verdict', 'Why', 'Who', 'When', 'Score', 'Action'].map((h) =>
				el('th', { scope: 'col' }, h)))),
			el('tbody', {}, judgements.map(judgementRow))) : null);
}

function judgementRow(judgement) {
	const status = el('td', { 'aria-live': 'polite' });
	const undo = el('button', { type: 'button', class: 'undo', 'aria-label': 'Undo the judgement of '
		+ judgement.left + ' and ' + judgement.right }, 'Undo');
	undo.addEventListener('click', async () => {
		undo.disabled = true;
		try {
			await write('DELETE', url('/api/resolution/judgements/' + encodeURIComponent(judgement.id),
				{ why: 'undone in the explorer' }));
			show(status, 'Undone');
			row.classList.add('undone');
		}
		catch (error) {
			show(status, refusal(error));
			undo.disabled = false;
		}
	});
	status.append(undo);
	const row = el('tr', { class: 'judgement', dataset: { id: judgement.id } },
		el('td', {}, navLink(entityHref(judgement.left), judgement.left), ' ↔ ',
			navLink(entityHref(judgement.right), judgement.right)),
		el('td', {}, judgement.verdict),
		el('td', {}, judgement.why || ''),
		el('td', {}, judgement.who || ''),
		el('td', {}, judgement.at ? el('time', { datetime: judgement.at }, judgement.at.replace('T', ' ').slice(0, 19))
			: ''),
		el('td', {}, String(judgement.score)),
		status);
	return row;
}
