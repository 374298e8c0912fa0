package org.wegweiser.kiosk;

import org.springframework.stereotype.Component;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.PublishedContent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.wegweiser.search.SearchMisses;
import org.wegweiser.web.ClientRateLimit;
import org.wegweiser.web.PublicSideSecurity;
import org.wegweiser.search.ServiceSearch;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Search over the published snapshot; the index is built once per revision, in the background as
 * soon as a revision arrives, so the first visitor to search after a publication does not wait
 * for it (seconds for a large county, see docs/benchmarks.md).
 */
@Component
public class KioskSearch {

    private static final int MAX_RESULTS = 8;

    private record Index(int revision, ServiceSearch search) {
    }

    private final AtomicReference<Index> index = new AtomicReference<>();
    private final SearchMisses misses;
    private final ClientRateLimit rateLimit;

    KioskSearch(SearchMisses misses, PublishedContent published,
                @Qualifier(PublicSideSecurity.SEARCH_MISSES) ClientRateLimit rateLimit) {
        this.misses = misses;
        this.rateLimit = rateLimit;
        published.subscribe(snapshot -> Thread.ofVirtual().name("search-index").start(() -> searchFor(snapshot)));
    }

    public List<ContentPackage.Service> find(ContentSnapshot content, String query, String language) {
        return searchFor(content).search(query, language, MAX_RESULTS).stream()
                .map(hit -> content.service(hit.serviceKey())).flatMap(Optional::stream).toList();
    }

    /** Counts a search that found nothing; a kiosk (or a script posing as one) that floods is not counted. */
    public void countMiss(String query, String client) {
        if (rateLimit.take(client).isEmpty()) {
            misses.count(query);
        }
    }

    private ServiceSearch searchFor(ContentSnapshot content) {
        var current = index.get();
        if (current != null && current.revision() == content.revision().number()) {
            return current.search();
        }
        var built = new Index(content.revision().number(), ServiceSearch.of(content));
        // a build for an older revision that finishes late must not replace a newer one
        index.accumulateAndGet(built, (old, fresh) -> old == null || fresh.revision() >= old.revision() ? fresh : old);
        return built.search();
    }
}
