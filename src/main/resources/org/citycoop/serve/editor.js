// Fuseki's query editor takes the page's path as the server's base: it is served at /editor, so before it starts
// the address becomes the server's root (the hash keeps the editor's own route).
if (window.location.pathname !== '/') {
  window.history.replaceState(null, '', '/' + (window.location.hash || '#/dataset/ds/query'));
}
