// Building the page from graph data: every text goes in through textContent (never innerHTML), so a name or a
// quote that holds markup is shown as text and never run.

/** An element: el('a', {href: '/x', class: 'y'}, 'text', otherNode, ...). Attributes are set as attributes. */
export function el(tag, attributes = {}, ...children) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === null || value === undefined || value === false) {
			continue;
		}
		if (name.startsWith('on') && typeof value === 'function') {
			node.addEventListener(name.slice(2), value);
		}
		else if (name === 'dataset') {
			Object.assign(node.dataset, value);
		}
		else {
			node.setAttribute(name, value === true ? '' : String(value));
		}
	}
	append(node, children);
	return node;
}

function append(node, children) {
	for (const child of children) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		if (Array.isArray(child)) {
			append(node, child);
		}
		else if (child instanceof Node) {
			node.appendChild(child);
		}
		else {
			node.appendChild(document.createTextNode(String(child)));
		}
	}
}

/** Replaces what a container shows. */
export function show(container, ...children) {
	container.replaceChildren();
	append(container, children);
}

/** A date as the source wrote it: "2022-10" stays "2022-10" (the API sends the written form beside the day). */
export function asWritten(date, text) {
	return text || date || null;
}

export function formatNumber(value) {
	return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
}

/** A link inside the explorer; app.js turns clicks on it into in-page navigation. */
export function navLink(href, ...children) {
	return el('a', { href, 'data-nav': true }, ...children);
}

export function entityHref(id) {
	return '/entities/' + encodeURIComponent(id);
}

export function errorBox(error) {
	return el('div', { class: 'error', role: 'alert' }, el('strong', {}, error.title || 'Error'), ': ',
		error.detail || error.message || String(error));
}
