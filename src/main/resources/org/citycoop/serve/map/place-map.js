// The small map of a place's page: the country outlines around it, the place, and the places it cooperates with.
(function () {
  'use strict';
  const figure = document.querySelector('figure.place-map');
  if (!figure) {
    return;
  }
  const lat = Number(figure.dataset.lat);
  const lon = Number(figure.dataset.lon);
  const svg = d3.select(figure).select('svg');
  const projection = d3.geoNaturalEarth1().rotate([-lon, 0]);
  const path = d3.geoPath(projection);
  const world = svg.append('g');
  const links = svg.append('g');
  const places = svg.append('g');

  async function json(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(response.statusText);
    }
    return response.json();
  }

  function fit(points) {
    const all = points.concat([[lon, lat]]);
    const area = all.length > 1 ? { type: 'MultiPoint', coordinates: all }
      : { type: 'MultiPoint', coordinates: [[lon - 8, lat - 5], [lon + 8, lat + 5]] };
    projection.fitExtent([[20, 20], [460, 280]], area);
  }

  Promise.all([json('/map/countries.geojson'),
    json('/api/map?limit=500&place=' + encodeURIComponent(figure.dataset.iri)).catch(() => null)])
    .then(([outlines, data]) => {
      const partners = data ? data.places.filter((p) => p.id !== figure.dataset.iri) : [];
      fit(partners.map((p) => [p.lon, p.lat]));
      world.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
      world.selectAll('path.country').data(outlines.features).join('path').attr('class', 'country').attr('d', path);
      links.selectAll('path').data(partners).join('path').attr("class", "link cooperation")
        .attr('d', (p) => path({ type: 'LineString', coordinates: [[lon, lat], [p.lon, p.lat]] }));
      const dots = partners.map((p) => ({ ...p, focus: false })).concat([{ lon, lat, focus: true, label: '' }]);
      places.selectAll('circle').data(dots).join('circle')
        .attr('class', (p) => 'place' + (p.focus ? ' focus' : ''))
        .attr('cx', (p) => projection([p.lon, p.lat])[0]).attr('cy', (p) => projection([p.lon, p.lat])[1])
        .attr('r', (p) => (p.focus ? 5 : 3))
        .on('click', (event, p) => { if (p.page) { window.location.href = p.page; } })
        .append('title').text((p) => p.label);
      svg.attr('data-partners', partners.length);
    });
}());
