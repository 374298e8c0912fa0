package org.wegweiser.phone;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.PublishedContent;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Phone pages depend only on the published revision, the page, the visitor's language and the
 * minute (opening hours say "open now"), so each is rendered once per minute and then served as
 * stored bytes: the page a poster opens costs a look-up instead of a template run. A new
 * publication or the next minute starts afresh; at most {@code wegweiser.phone.cache-pages} pages
 * are kept (the rest is rendered per request). Nothing about the visitor is kept: the key is the
 * page, not who asked.
 */
@Component
class PhonePageCache extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("/|/[sto]/[^/]+");
    private static final Pattern ONLY_LANG = Pattern.compile("lang=[A-Za-z-]{1,12}");
    private static final Set<String> NOT_REPLAYED = Set.of(HttpHeaders.SET_COOKIE, HttpHeaders.DATE,
            HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING);

    private final PublishedContent published;
    private final Clock clock;
    private final int maxPages;
    private volatile Generation generation = new Generation(-1, null);

    PhonePageCache(PublishedContent published, Clock clock, @Value("${wegweiser.phone.cache-pages:2000}") int maxPages) {
        this.published = published;
        this.clock = clock;
        this.maxPages = maxPages;
    }

    private record Generation(long revision, LocalDateTime minute, Map<String, Page> pages) {
        Generation(long revision, LocalDateTime minute) {
            this(revision, minute, new ConcurrentHashMap<>());
        }
    }

    /** What the page's rendering added to the response: headers set by filters around this one are theirs. */
    private record Page(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !"GET".equals(request.getMethod()) || !PAGE.matcher(request.getRequestURI()).matches()
                || (query != null && !ONLY_LANG.matcher(query).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var content = published.current();
        if (content.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var current = generationFor(content.get());
        String key = request.getRequestURI() + '\n' + PhoneLanguage.choose(content.get(), request.getParameter("lang"),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).code();
        var stored = current.pages().get(key);
        if (stored != null) {
            replay(stored, response);
            return;
        }
        var before = Set.copyOf(response.getHeaderNames());
        var recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        if (recording.getStatus() == HttpServletResponse.SC_OK && current.pages().size() < maxPages
                && !recording.containsHeader(HttpHeaders.SET_COOKIE) && recording.getContentType() != null) {
            var headers = new ArrayList<Map.Entry<String, String>>();
            for (String name : recording.getHeaderNames()) {
                if (!before.contains(name) && NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)
                        && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    recording.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
                }
            }
            current.pages().putIfAbsent(key, new Page(recording.getContentType(), List.copyOf(headers),
                    recording.getContentAsByteArray()));
        }
        recording.copyBodyToResponse();
    }

    private Generation generationFor(ContentSnapshot content) {
        long revision = content.revision().number();
        var minute = LocalDateTime.now(clock.withZone(content.timeZone())).truncatedTo(ChronoUnit.MINUTES);
        var current = generation;
        if (current.revision() != revision || !minute.equals(current.minute())) {
            current = new Generation(revision, minute);
            generation = current;
        }
        return current;
    }

    private static void replay(Page page, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        page.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
