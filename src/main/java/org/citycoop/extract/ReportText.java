package org.citycoop.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The text of a report file: plain text as it is; HTML reduced to its article's headline and paragraphs, without
 * navigation, scripts, asides and footers.
 *
 * @param title the headline, or the file name
 * @param text  the text, one paragraph a line
 */
public record ReportText(String title, String text) {

    public static ReportText read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, file + ": cannot read the report: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return html(content, file.getFileName().toString());
        }
        String firstLine = content.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return new ReportText(firstLine.length() <= 120 && !firstLine.isEmpty() ? firstLine : file.getFileName().toString(),
            content);
    }

    static ReportText html(String html, String fallbackTitle) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, nav, header, footer, aside, form, noscript, figure figcaption").remove();
        Element body = page.selectFirst("article");
        if (body == null) {
            body = page.selectFirst("main");
        }
        if (body == null) {
            body = page.body();
        }
        Element headline = page.selectFirst("h1");
        String title = headline != null ? headline.text() : page.title().isBlank() ? fallbackTitle : page.title();
        Elements paragraphs = body.select("p");
        String text = paragraphs.stream().map(Element::text).filter(t -> !t.isBlank()).collect(Collectors.joining("\n"));
        return new ReportText(title, headline != null ? title + "\n" + text : text);
    }
}
