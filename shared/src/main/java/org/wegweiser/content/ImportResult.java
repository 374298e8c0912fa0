package org.wegweiser.content;

/** What an import brought in. */
public record ImportResult(int sites, int offices, int services, int topics, int languages, int texts) {

    static ImportResult of(ContentPackage content) {
        int texts = ContentTexts.of(content).stream().mapToInt(f -> f.text().texts().size()).sum();
        return new ImportResult(content.sites().size(), content.offices().size(), content.services().size(),
                content.topics().size(), content.languages().size(), texts);
    }
}
