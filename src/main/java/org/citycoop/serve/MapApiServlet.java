package org.citycoop.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;
import org.citycoop.CityCoopException;
import org.citycoop.graph.MapFilter;
import org.citycoop.graph.MapView;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /api/map?country=ID&source=KEY&kind=twinning&from=1990&to=2020&place=IRI&limit=N}: the places and links a
 * map draws, as JSON. The map is read from the store once per version of the data ({@link NetworkViews}); a bad parameter is a 400 that
 * says what was expected.
 */
final class MapApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final transient NetworkViews views;

    MapApiServlet(NetworkViews views) {
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MapFilter filter;
        try {
            filter = MapFilter.builder().country(request.getParameter("country")).source(request.getParameter("source"))
                .kind(request.getParameter("kind")).years(request.getParameter("from"), request.getParameter("to"))
                .place(request.getParameter("place")).limit(request.getParameter("limit")).build();
        } catch (CityCoopException e) {
            Responses.cors(response);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json; charset=utf-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("status", 400, "error", e.getMessage())));
            return;
        }
        MapView view = views.map().view(filter);
        Responses.send(request, response, "application/json", JSON.writeValueAsBytes(body(view)), null);
    }

    private static Map<String, Object> body(MapView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("found", view.found());
        body.put("shown", view.links().size());
        body.put("places", view.places().stream().map(p -> {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("id", p.id());
            place.put("label", p.label());
            place.put("lat", p.lat());
            place.put("lon", p.lon());
            place.put("country", p.country());
            place.put("degree", p.degree());
            place.put("page", LinkedDataPaths.pageOf(NodeFactory.createURI(p.id())));
            return place;
        }).toList());
        body.put("links", view.links());
        body.put("sources", view.sources());
        body.put("kinds", view.kinds());
        return body;
    }
}
