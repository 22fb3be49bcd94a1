// The REST API, as the explorer reads it: JSON in, RFC 9457 problem details turned into errors that say why.

export class ApiError extends Error {
	constructor(status, problem) {
		super(problem.detail || problem.title || 'HTTP ' + status);
		this.status = status;
		this.title = problem.title || 'HTTP ' + status;
		this.detail = problem.detail || '';
	}
}

/** GET an API path with query parameters (null and empty ones left out). */
export async function get(path, parameters = {}) {
	const response = await fetch(url(path, parameters), { headers: { Accept: 'application/json' } });
	if (!response.ok) {
		let problem = {};
		try {
			problem = await response.json();
		}
		catch (ignored) {
			// Not a problem document (a proxy's page): the status says enough.
		}
		throw new ApiError(response.status, problem);
	}
	return response.json();
}

export function url(path, parameters = {}) {
	const query = new URLSearchParams();
	for (const [name, value] of Object.entries(parameters)) {
		if (value !== null && value !== undefined && value !== '') {
			query.set(name, value);
		}
	}
	const text = query.toString();
	return text ? path + '?' + text : path;
}

export const api = {
	search: (q, limit = 20) => get('/api/search', { q, limit }),
	entity: (id) => get('/api/entities/' + encodeURIComponent(id)),
	neighbourhood: (id, parameters) => get('/api/entities/' + encodeURIComponent(id) + '/neighbourhood', parameters),
	timeline: (id) => get('/api/entities/' + encodeURIComponent(id) + '/timeline'),
	lawsuits: (id) => get('/api/entities/' + encodeURIComponent(id) + '/lawsuits'),
	contradictions: (entity) => get('/api/contradictions', { entity }),
	trace: (parameters) => get('/api/trace', parameters),
	paths: (parameters) => get('/api/paths', parameters),
	shortest: (parameters) => get('/api/paths/shortest', parameters),
	candidates: (parameters) => get('/api/resolution/candidates', parameters),
	judgements: (entity) => get('/api/resolution/judgements', { entity }),
};

/** The report and export formats every path and neighbourhood answer can be downloaded in (PathController). */
export const DOWNLOADS = [
	['report-md', 'Report (Markdown)'],
	['report-json', 'Report (JSON)'],
	['json', 'Subgraph (JSON)'],
	['csv', 'Subgraph (CSV for neo4j-admin)'],
	['graphml', 'Subgraph (GraphML)'],
	['cypher', 'Subgraph (Cypher)'],
];
