// The SPARQL query page: YASGUI against this server's own endpoint, with the worked examples one click away.
(function () {
  var examples = JSON.parse(document.getElementById('examples').textContent);
  var prefixes = JSON.parse(document.getElementById('prefixes').textContent);
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: window.location.origin + '/sparql', method: 'POST' },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    yasqe: { autocompleters: ['prefixes', 'variables'] }
  });
  var tab = yasgui.getTab();
  tab.getYasqe().addPrefixes(prefixes);
  // a page that shows the query behind its figures links here as /sparql#query=<the query, URL-encoded>
  var shared = /^#query=(.+)$/.exec(window.location.hash);
  if (shared) {
    tab.getYasqe().setValue(decodeURIComponent(shared[1]));
  }
  document.querySelectorAll('button[data-example]').forEach(function (button) {
    button.addEventListener('click', function () {
      var example = examples[button.getAttribute('data-example')];
      var yasqe = yasgui.getTab().getYasqe();
      yasqe.setValue(example.query);
      yasqe.query();
    });
  });
})();
