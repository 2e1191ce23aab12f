// The world map of cooperation: country outlines shipped with the server, places and links from /api/map.
// Nothing is fetched from another host.
(function () {
  'use strict';
  const WIDTH = 960;
  const HEIGHT = 500;
  const svg = d3.select('#map');
  const projection = d3.geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const world = svg.append('g');
  world.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  const countries = world.append('g');
  const links = world.append('g');
  const places = world.append('g');
  const status = document.getElementById('map-status');
  const form = document.getElementById('filters');
  let filtersFilled = false;

  svg.call(d3.zoom().scaleExtent([1, 40]).on('zoom', (event) => {
    world.attr('transform', event.transform);
    places.selectAll('circle').attr('r', (d) => radius(d) / Math.sqrt(event.transform.k));
  }));

  function radius(place) {
    return 1.5 + Math.min(6, Math.sqrt(place.degree || 0));
  }

  async function json(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.error || response.statusText);
    }
    return body;
  }

  function fillFilters(data) {
    const params = new URLSearchParams(window.location.search);
    for (const [name, counts] of [['source', data.sources], ['kind', data.kinds]]) {
      const select = form.elements[name];
      for (const [value, count] of Object.entries(counts)) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = value + ' (' + count.toLocaleString('en') + ')';
        select.appendChild(option);
      }
    }
    for (const name of ['country', 'source', 'kind', 'from', 'to']) {
      if (params.get(name)) {
        form.elements[name].value = params.get(name);
      }
    }
    filtersFilled = true;
  }

  function draw(data) {
    const byId = new Map(data.places.map((p) => [p.id, p]));
    links.selectAll('path').data(data.links).join('path')
      .attr('class', (l) => 'link ' + l.kind)
      .attr('d', (l) => path({ type: 'LineString', coordinates: [
        [byId.get(l.a).lon, byId.get(l.a).lat], [byId.get(l.b).lon, byId.get(l.b).lat]] }))
      .selectAll('title').data((l) => [l]).join('title')
      .text((l) => byId.get(l.a).label + ' – ' + byId.get(l.b).label + ' (' + l.kind
        + (l.year ? ', ' + l.year : '') + '; ' + l.sources.join(', ') + ')');
    places.selectAll('circle').data(data.places, (p) => p.id).join('circle')
      .attr('class', 'place')
      .attr('data-id', (p) => p.id)
      .attr('cx', (p) => projection([p.lon, p.lat])[0])
      .attr('cy', (p) => projection([p.lon, p.lat])[1])
      .attr('r', radius)
      .on('click', (event, p) => { if (p.page) { window.location.href = p.page; } })
      .selectAll('title').data((p) => [p]).join('title')
      .text((p) => p.label + (p.country ? ' (' + p.country + ')' : '') + ': ' + p.degree + ' partners');
    status.textContent = data.shown.toLocaleString('en') + ' of ' + data.found.toLocaleString('en')
      + ' links shown, between ' + data.places.length.toLocaleString('en') + ' places'
      + (data.shown < data.found ? ' (the most connected first; narrow the filters to see the rest)' : '');
    svg.attr('data-links', data.shown).attr('data-places', data.places.length);
  }

  async function load(query) {
    status.textContent = 'Loading…';
    try {
      const data = await json('/api/map?' + query);
      if (!filtersFilled) {
        fillFilters(data);
      }
      draw(data);
    } catch (error) {
      status.textContent = error.message;
      status.className = 'error';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const name of ['country', 'source', 'kind', 'from', 'to']) {
      const value = form.elements[name].value.trim();
      if (value) {
        params.set(name, name === 'country' ? value.toUpperCase() : value);
      }
    }
    history.replaceState(null, '', '?' + params);
    status.className = 'about';
    load(params.toString());
  });

  json('/map/countries.geojson').then((outlines) => {
    countries.selectAll('path').data(outlines.features).join('path')
      .attr('class', 'country').attr('d', path)
      .append('title').text((f) => f.properties.name);
    svg.attr('data-countries', outlines.features.length);
  }).catch((error) => { status.textContent = 'The country outlines did not load: ' + error.message; });
  const start = new URLSearchParams(window.location.search);
  start.delete('run');
  load(start.toString());
}());
