package org.wegweiser.kiosk;

import org.springframework.stereotype.Component;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.search.SearchMisses;
import org.wegweiser.search.ServiceSearch;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Search over the published snapshot; the index is built once per revision. */
@Component
public class KioskSearch {

    private static final int MAX_RESULTS = 8;

    private record Index(int revision, ServiceSearch search) {
    }

    private final AtomicReference<Index> index = new AtomicReference<>();
    private final SearchMisses misses;

    KioskSearch(SearchMisses misses) {
        this.misses = misses;
    }

    public List<ContentPackage.Service> find(ContentSnapshot content, String query, String language) {
        return searchFor(content).search(query, language, MAX_RESULTS).stream()
                .map(hit -> content.service(hit.serviceKey())).flatMap(Optional::stream).toList();
    }

    public void countMiss(String query) {
        misses.count(query);
    }

    private ServiceSearch searchFor(ContentSnapshot content) {
        var current = index.get();
        if (current == null || current.revision() != content.revision().number()) {
            current = new Index(content.revision().number(), ServiceSearch.of(content));
            index.set(current);
        }
        return current.search();
    }
}
