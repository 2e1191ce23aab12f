package org.citycoop.graph.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.graph.PlaceNetwork;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The charts of a network small enough to count by hand: A (ID) with B and C (JP) and D (KR), and B with C.
 * Degrees: A 3, B 2, C 2, D 1. Links by country pair: ID–JP 2, ID–KR 1, JP–JP 1.
 */
class ChartsTest {
    private static final Node A = NodeFactory.createURI("urn:x:a");
    private static final Node B = NodeFactory.createURI("urn:x:b");
    private static final Node C = NodeFactory.createURI("urn:x:c");
    private static final Node D = NodeFactory.createURI("urn:x:d");

    private static Charts charts() {
        PlaceNetwork network = new PlaceNetwork()
            .place(new PlaceNetwork.PlaceInfo(A, "A", "ID", null, null))
            .place(new PlaceNetwork.PlaceInfo(B, "B", "JP", null, null))
            .place(new PlaceNetwork.PlaceInfo(C, "C <&> \"quoted\"", "JP", null, null))
            .place(new PlaceNetwork.PlaceInfo(D, "D", "KR", null, null));
        network.link(A, B).link(A, C).link(A, D).link(B, C);
        return new Charts(network, null);
    }

    private static List<String> bars(BarChart chart) {
        return chart.bars().stream().filter(b -> b.value() > 0).map(b -> b.label() + "=" + b.value()).toList();
    }

    @Test
    void placesByNumberOfPartners() {
        BarChart degrees = charts().degreeDistribution();
        assertEquals(List.of("1 partner=1", "2 partners=2", "3 partners=1"), bars(degrees));
        assertEquals(10, degrees.bars().size(), "every class of degree has its bar, empty ones too");
    }

    @Test
    void partnerCountriesAndCountryPairs() {
        assertEquals(List.of("JP=2", "KR=1"), bars(charts().partnerCountries("ID", 10)));
        assertEquals(List.of("JP=2"), bars(charts().partnerCountries("ID", 1)));
        assertEquals(List.of("ID – JP=2", "ID – KR=1", "JP – JP=1"), bars(charts().countryPairs(10)));
    }

    @Test
    void theSvgIsWellFormedWithOneBarEachAndEscapedText() throws Exception {
        BarChart chart = new BarChart("Partners of <A & B>", "places", List.of(new BarChart.Bar("x \"y\" <z>", 3),
            new BarChart.Bar("w\u0001", 1)));
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(chart.svg().getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals(2, svg.getElementsByTagName("title").getLength());
        assertTrue(chart.svg().contains("Partners of &lt;A &amp; B&gt;"), chart.svg());
        assertTrue(chart.svg().contains("x &quot;y&quot; &lt;z&gt;: 3"), chart.svg());
    }

    @Test
    void thePngHasTheSvgsLayoutWithBarsInProportion() throws Exception {
        BarChart chart = new BarChart("Partners of A", "places", List.of(new BarChart.Bar("long", 3),
            new BarChart.Bar("short\u0001", 1)));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertEquals(720, image.getWidth());
        assertEquals(48 + 2 * 20 + 30, image.getHeight(), "as tall as the SVG");
        int bar = java.awt.Color.decode("#1b6ca8").getRGB();
        int plot = 720 - 230 - 70;
        int middleOfFirst = 48 + 10;
        int middleOfSecond = 48 + 20 + 10;
        assertEquals(bar, image.getRGB(230 + 1, middleOfFirst));
        assertEquals(bar, image.getRGB(230 + plot - 1, middleOfFirst), "the longest bar fills the plot");
        assertEquals(bar, image.getRGB(230 + plot / 3 - 2, middleOfSecond));
        assertEquals(java.awt.Color.WHITE.getRGB(), image.getRGB(230 + plot / 3 + 3, middleOfSecond),
            "a third of the longest is a third as long");
        assertTrue(java.util.stream.IntStream.range(0, 230).anyMatch(x -> image.getRGB(x, middleOfSecond)
            != java.awt.Color.WHITE.getRGB()), "its label is written");
    }
}
