// The CityCoop graph explorer: search, draw a neighbourhood, click to expand, filter by relation and date.
(function () {
  'use strict';

  const KINDS = {
    place: { color: '#2a9d8f', shape: 'round-rectangle', name: 'Place' },
    organisation: { color: '#457b9d', shape: 'ellipse', name: 'Organisation' },
    delegation: { color: '#6d8fb0', shape: 'round-triangle', name: 'Delegation' },
    person: { color: '#e76f51', shape: 'ellipse', name: 'Person' },
    post: { color: '#f4a3a3', shape: 'tag', name: 'Post' },
    event: { color: '#f4a261', shape: 'diamond', name: 'Event' },
    agreement: { color: '#264653', shape: 'rectangle', name: 'Agreement' },
    programme: { color: '#8ab17d', shape: 'hexagon', name: 'Programme' },
    cooperation: { color: '#e9c46a', shape: 'star', name: 'Cooperation' },
    topic: { color: '#9b5de5', shape: 'triangle', name: 'Topic' },
    other: { color: '#999999', shape: 'ellipse', name: 'Other' },
    more: { color: '#d9d9d9', shape: 'round-rectangle', name: 'More neighbours' }
  };
  const LIMIT = 50;
  const $ = (id) => document.getElementById(id);

  // a place of the analysed network grows with the number of its partners, so hubs stand out
  const nodeSize = (n) => 22 + Math.min(34, 4 * Math.sqrt(n.data('degree') || 0));

  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120,
        'text-valign': 'bottom', 'text-margin-y': 3, 'width': nodeSize, 'height': nodeSize,
        'background-color': (n) => (KINDS[n.data('kind')] || KINDS.other).color,
        'shape': (n) => (KINDS[n.data('kind')] || KINDS.other).shape } },
      { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#1d2733' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d62828' } },
      { selector: 'edge', style: {
        'label': 'data(label)', 'font-size': 7, 'color': '#5a6a7a', 'text-rotation': 'autorotate',
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.2, 'line-color': '#b8c4ce',
        'target-arrow-color': '#b8c4ce', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });
  window.cy = cy;

  async function api(path) {
    const response = await fetch(path, { headers: { 'Accept': 'application/json' } });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.error || response.statusText);
    }
    return body;
  }

  function addElements(data) {
    cy.batch(() => {
      for (const n of data.elements.nodes) {
        if (cy.getElementById(n.data.id).empty()) {
          cy.add({ group: 'nodes', data: n.data });
        }
      }
      for (const e of data.elements.edges) {
        if (cy.getElementById(e.data.id).empty()) {
          cy.add({ group: 'edges', data: e.data });
        }
      }
      for (const m of data.more) {
        const id = 'more ' + m.node + ' ' + m.property;
        if (cy.getElementById(id).empty()) {
          cy.add({ group: 'nodes', data: { id: id, label: '+' + m.count + ' more: ' + m.label, kind: 'more',
            owner: m.node, property: m.property, count: m.count } });
          cy.add({ group: 'edges', data: { id: id + ' edge', source: m.node, target: id, label: m.label,
            property: m.property } });
        }
      }
    });
  }

  async function expand(id, limit) {
    status('Loading…');
    try {
      const data = await api('/api/graph?node=' + encodeURIComponent(id) + '&depth=1&limit=' + (limit || LIMIT));
      addElements(data);
      cy.getElementById(id).data('expanded', true);
      relayout();
      refreshRelations();
      refreshDates();
      applyFilters();
      status('');
    } catch (error) {
      status(error.message, true);
    }
  }

  function relayout() {
    const name = $('layout').value;
    // the layouts leave room for the labels, so that names do not overlap or pile up in the centre
    const options = name === 'concentric'
      ? { name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, animate: false, avoidOverlap: true,
          nodeDimensionsIncludeLabels: true, minNodeSpacing: 30, spacingFactor: 1.2 }
      : { name: 'cose', animate: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 160, nodeOverlap: 40,
          nodeDimensionsIncludeLabels: true, componentSpacing: 120, randomize: true };
    cy.layout(options).run();
    cy.fit(undefined, 40);
    // a small neighbourhood is not blown up past the labels' size, a big one not shrunk to dots
    cy.zoom(Math.min(Math.max(cy.zoom(), 0.4), 1.5));
    cy.center();
  }

  function status(message, isError) {
    if (!message) {
      return;
    }
    const p = document.createElement('p');
    p.textContent = message;
    if (isError) {
      p.className = 'error';
    }
    $('panel').replaceChildren(p);
  }

  async function showFacts(id) {
    try {
      const data = await api('/api/facts?node=' + encodeURIComponent(id));
      const panel = $('panel');
      const title = document.createElement('h2');
      title.textContent = data.node.label;
      const parts = [title];
      if (data.node.labelId && data.node.labelId !== data.node.label) {
        const id = document.createElement('p');
        id.lang = 'id';
        id.textContent = data.node.labelId;
        parts.push(id);
      }
      const type = document.createElement('p');
      type.textContent = data.node.type;
      parts.push(type);
      if (safeHref(data.page)) {
        const link = document.createElement('a');
        link.href = data.page;
        link.textContent = 'Open its page';
        parts.push(link);
      }
      const list = document.createElement('dl');
      for (const fact of data.facts) {
        const dt = document.createElement('dt');
        dt.textContent = fact.propertyLabel;
        const dd = document.createElement('dd');
        if (safeHref(fact.link)) {
          const a = document.createElement('a');
          a.href = fact.link;
          a.textContent = fact.valueLabel;
          dd.appendChild(a);
        } else {
          dd.textContent = fact.valueLabel;
        }
        list.append(dt, dd);
      }
      parts.push(list);
      panel.replaceChildren(...parts);
    } catch (error) {
      status(error.message, true);
    }
  }

  function refreshRelations() {
    const box = $('relations');
    const known = new Set([...box.querySelectorAll('input')].map((i) => i.value));
    const labels = new Map();
    // a toggle is named by its relation, not by one edge's role ("host", a post's title)
    cy.edges().forEach((e) => labels.set(e.data('property'), e.data('relation') || e.data('label')));
    box.querySelector('.hint')?.remove();
    for (const [property, label] of labels) {
      if (known.has(property) || !property) {
        continue;
      }
      const item = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = true;
      input.value = property;
      input.addEventListener('change', applyFilters);
      item.append(input, ' ' + label);
      box.appendChild(item);
    }
  }

  function years() {
    const dated = cy.nodes().filter((n) => n.data('earliest'));
    if (dated.empty()) {
      return null;
    }
    const first = Math.min(...dated.map((n) => parseInt(n.data('earliest').slice(0, 4), 10)));
    const last = Math.max(...dated.map((n) => parseInt(n.data('latest').slice(0, 4), 10)));
    return [first, last];
  }

  function refreshDates() {
    const span = years();
    if (!span) {
      return;
    }
    for (const [id, value] of [['from', span[0]], ['to', span[1]]]) {
      const input = $(id);
      const wasAtEnd = input.disabled || input.value === input.max || input.value === input.min;
      input.min = span[0];
      input.max = span[1];
      input.disabled = false;
      if (wasAtEnd) {
        input.value = value;
      }
    }
    showYears();
  }

  function showYears() {
    $('fromValue').textContent = $('from').value;
    $('toValue').textContent = $('to').value;
  }

  function applyFilters() {
    const hiddenRelations = new Set([...$('relations').querySelectorAll('input')].filter((i) => !i.checked)
      .map((i) => i.value));
    const dates = !$('from').disabled;
    const from = parseInt($('from').value, 10);
    const to = parseInt($('to').value, 10);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const earliest = n.data('earliest');
        const outside = dates && earliest
          && (parseInt(n.data('latest').slice(0, 4), 10) < from || parseInt(earliest.slice(0, 4), 10) > to);
        n.toggleClass('hidden', Boolean(outside));
      });
      cy.edges().forEach((e) => e.toggleClass('hidden', hiddenRelations.has(e.data('property'))));
    });
    showYears();
  }

  function legend() {
    const box = $('legend');
    for (const [kind, style] of Object.entries(KINDS)) {
      const row = document.createElement('div');
      const swatch = document.createElement('span');
      swatch.style.background = style.color;
      swatch.title = style.shape;
      row.append(swatch, style.name);
      row.dataset.kind = kind;
      box.appendChild(row);
    }
  }

  let searchTimer = null;
  $('search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    const query = $('search').value.trim();
    searchTimer = setTimeout(async () => {
      const list = $('results');
      if (!query) {
        list.replaceChildren();
        return;
      }
      try {
        const data = await api('/api/search?q=' + encodeURIComponent(query) + '&limit=12');
        list.replaceChildren(...data.results.map((r) => {
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.dataset.id = r.id;
          const kind = document.createElement('span');
          kind.className = 'kind';
          kind.textContent = ' ' + r.type + (r.degree ? ' · ' + r.degree + ' partners' : '')
            + (r.rankInCountry ? ', #' + r.rankInCountry + ' in its country' : '');
          button.append(r.label, kind);
          button.addEventListener('click', async () => {
            // the pick is made: the list closes, the box keeps the name picked
            list.replaceChildren();
            $('search').value = r.label;
            await expand(r.id);
            const node = cy.getElementById(r.id);
            cy.elements().unselect();
            node.select();
            cy.center(node);
            showFacts(r.id);
          });
          item.appendChild(button);
          return item;
        }));
        if (data.results.length === 0) {
          const none = document.createElement('li');
          none.textContent = 'Nothing found';
          list.replaceChildren(none);
        }
      } catch (error) {
        status(error.message, true);
      }
    }, 200);
  });

  cy.on('tap', 'node', (event) => {
    const node = event.target;
    if (node.data('kind') === 'more') {
      node.remove();
      expand(node.data('owner'), node.data('count') + LIMIT);
      return;
    }
    showFacts(node.id());
    if (!node.data('expanded')) {
      expand(node.id());
    }
  });
  cy.on('mouseover', 'node', (event) => {
    const n = event.target;
    const tip = $('tooltip');
    const dates = n.data('earliest') ? ' · ' + n.data('earliest') + (n.data('latest') !== n.data('earliest')
      ? ' – ' + n.data('latest') : '') : '';
    tip.textContent = n.data('label') + (n.data('labelId') && n.data('labelId') !== n.data('label')
      ? ' (' + n.data('labelId') + ')' : '') + ' · ' + (n.data('type') || n.data('kind')) + dates;
    tip.hidden = false;
    const position = event.renderedPosition;
    const box = $('cy').getBoundingClientRect();
    tip.style.left = (box.left + position.x + 12) + 'px';
    tip.style.top = (box.top + position.y + 12) + 'px';
  });
  cy.on('mouseout', 'node', () => { $('tooltip').hidden = true; });

  $('layout').addEventListener('change', relayout);
  $('relayout').addEventListener('click', relayout);
  $('from').addEventListener('input', applyFilters);
  $('to').addEventListener('input', applyFilters);
  $('clear').addEventListener('click', () => {
    cy.elements().remove();
    $('relations').replaceChildren(Object.assign(document.createElement('legend'), { textContent: 'Relations' }));
  });
  $('png').addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
    link.download = 'citycoop-graph.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  legend();
  const start = new URLSearchParams(window.location.search).get('node');
  if (start) {
    expand(start).then(() => showFacts(start));
  }
})();

// Only local pages and http, https or mailto IRIs become links; anything else (javascript:, data:) stays text.
function safeHref(url) {
  return typeof url === 'string' && (/^\/(?!\/)/.test(url) || /^(https?|mailto):/i.test(url));
}
