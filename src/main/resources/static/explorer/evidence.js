// The evidence of one relationship, one click away: the quote (or a clear "no quote"), where in the source it is,
// when the fact held and when the source said it, how far it is trusted, and each source with its title,
// publisher, date as written and link.
import { el, show, asWritten, entityHref, navLink } from './dom.js';

const dialog = () => document.getElementById('evidence-dialog');

/** Marks a relationship whose source gives no quote, wherever it is listed. */
export function noQuoteMark(relationship) {
	return relationship.evidence && relationship.evidence.quote ? null
		: el('span', { class: 'no-quote', title: 'The source supports this relationship but gives no quote' },
			'no quote');
}

/** A button that opens the evidence dialog for this relationship. */
export function evidenceButton(relationship, names = {}, label = 'Evidence') {
	return el('button', {
		type: 'button',
		class: 'evidence-button',
		'aria-haspopup': 'dialog',
		'aria-label': label + ': ' + describe(relationship, names),
		onclick: (event) => openEvidence(relationship, names, event.currentTarget),
	}, label);
}

function describe(relationship, names) {
	return (names[relationship.from] || relationship.from) + ' ' + relationship.type + ' '
		+ (names[relationship.to] || relationship.to);
}

/**
 * Opens the dialog; focus returns to what opened it when it closes.
 * @param names business id → display name, for the two ends
 */
export function openEvidence(relationship, names = {}, opener = document.activeElement) {
	const evidence = relationship.evidence || {};
	const body = document.getElementById('evidence-body');
	const end = (id) => navLink(entityHref(id), names[id] || id);
	const facts = el('dl', { class: 'facts' },
		fact('Locator', evidence.locator),
		fact('Valid from', asWritten(evidence.validFrom, evidence.validFromText)),
		fact('Valid to', asWritten(evidence.validTo, evidence.validToText)),
		fact('Asserted on', asWritten(evidence.assertedOn, evidence.assertedOnText)),
		fact('Confidence', evidence.confidence === undefined || evidence.confidence === null ? null
			: evidence.confidence.toFixed(2)),
		fact('Recorded by', evidence.origin));
	const sources = evidence.sources || [];
	show(body,
		el('p', { class: 'relationship-line' }, end(relationship.from), ' ', el('strong', {}, relationship.type), ' ',
			end(relationship.to)),
		evidence.quote ? el('blockquote', { class: 'quote' }, evidence.quote)
			: el('p', {}, el('span', { class: 'no-quote' }, 'No quote'),
				' The source supports this relationship but the record holds no quote from it.'),
		facts,
		el('h3', {}, sources.length === 1 ? 'Source' : sources.length + ' sources'),
		el('ol', { class: 'sources' }, sources.map(sourceItem)));
	const box = dialog();
	box.returnFocusTo = opener;
	if (!box.open) {
		box.showModal();
	}
	box.querySelector('[data-close]').focus();
}

function fact(name, value) {
	if (value === null || value === undefined || value === '') {
		return [el('dt', {}, name), el('dd', { class: 'muted' }, 'not given')];
	}
	return [el('dt', {}, name), el('dd', {}, value)];
}

export function sourceItem(source) {
	const title = source.title || source.id;
	return el('li', { class: 'source' },
		source.url ? el('a', { href: source.url, rel: 'noreferrer noopener', target: '_blank' }, title)
			: el('span', {}, title),
		el('div', { class: 'muted' }, [source.publisher, source.kind,
			published(source), source.retrieved ? 'retrieved ' + source.retrieved : null]
			.filter(Boolean).join(' · ')),
		el('div', { class: 'muted' }, 'id ', el('code', {}, source.id)));
}

function published(source) {
	const date = asWritten(source.published, source.publishedText);
	return date ? 'published ' + date : 'no publication date';
}

export function installEvidenceDialog() {
	for (const box of document.querySelectorAll('dialog')) {
		box.addEventListener('click', (event) => {
			if (event.target.closest('[data-close]') || event.target === box) {
				box.close();
			}
		});
		box.addEventListener('close', () => {
			if (box.returnFocusTo && box.returnFocusTo.isConnected) {
				box.returnFocusTo.focus();
			}
		});
	}
}
