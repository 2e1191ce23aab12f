package org.citycoop.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /map}: the page of the world map, its filters and its legend; {@code map.js} draws it. */
final class MapPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String D3 = "/webjars/d3/7.9.0/dist/d3.min.js";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String head = "<link rel=\"stylesheet\" href=\"/map/map.css\">\n<script src=\"" + D3 + "\" defer></script>\n"
            + "<script src=\"/map/map.js\" defer></script>";
        String body = """
            <h1>Map of cooperation</h1>
            <form id="filters" class="map-filters">
            <label>Country <input name="country" size="3" maxlength="2" placeholder="ID"></label>
            <label>Source <select name="source"><option value="">all</option></select></label>
            <label>Kind <select name="kind"><option value="">all</option></select></label>
            <label>From <input name="from" size="5" inputmode="numeric" placeholder="1950"></label>
            <label>To <input name="to" size="5" inputmode="numeric" placeholder="2025"></label>
            <button type="submit">Show</button>
            </form>
            <p id="map-status" class="about" role="status">Loading the map…</p>
            <svg id="map" viewBox="0 0 960 500" role="img" aria-label="World map of cooperation"></svg>
            <p class="legend"><span class="twinning">twinning</span> <span class="agreement">agreement</span>
            <span class="programme">programme</span> <span class="cooperation">cooperation</span>
            · a dot's size grows with the place's partners; click a dot to open its page</p>
            <p class="about">Country outlines: Natural Earth, 1:110m Admin 0 countries (public domain).</p>
            """;
        Responses.send(request, response, "text/html", Html.page("Map", head, body).getBytes(StandardCharsets.UTF_8),
            null);
    }
}
