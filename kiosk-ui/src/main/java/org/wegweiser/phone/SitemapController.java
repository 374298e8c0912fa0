package org.wegweiser.phone;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.publishing.PublishedContent;

import java.util.ArrayList;
import java.util.List;

/** Every phone page in every offered language, with hreflang alternates, for search engines. */
@RestController
class SitemapController {

    private final PublishedContent published;

    SitemapController(PublishedContent published) {
        this.published = published;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        var content = published.current();
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var snapshot = content.get();
        String base = snapshot.organisation().publicBaseUrl().replaceAll("/+$", "");
        var paths = new ArrayList<String>();
        paths.add("/");
        snapshot.topics().forEach(t -> paths.add("/t/" + t.key()));
        snapshot.services().forEach(s -> paths.add("/s/" + s.key()));
        snapshot.content().offices().forEach(o -> paths.add("/o/" + o.key()));
        List<String> languages = snapshot.languages().stream().map(ContentPackage.Language::code).toList();

        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        for (String path : paths) {
            for (String language : languages) {
                xml.append("  <url>\n    <loc>").append(base).append(path).append("?lang=").append(language).append("</loc>\n");
                for (String alternate : languages) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alternate).append("\" href=\"")
                            .append(base).append(path).append("?lang=").append(alternate).append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }
}
