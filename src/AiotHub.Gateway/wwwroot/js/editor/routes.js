// The editors' paths, apart from the editors themselves: the router and the automations list need only these, so the
// editors' modules load when one is opened (app.js imports them on demand), not with every page.
export const isAutomationEditorPage = (path) => path === '/automations/new' || /^\/automations\/[^/]+\/edit$/.test(path);
export const editorPath = (id) => `/automations/${encodeURIComponent(id)}/edit`;
export const isScenesPage = (path) => path === '/scenes' || path.startsWith('/scenes/');
export const scenePath = (id) => `/scenes/${encodeURIComponent(id)}`;
