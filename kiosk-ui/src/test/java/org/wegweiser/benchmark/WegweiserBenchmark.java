package org.wegweiser.benchmark;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.user.SystemActor;
import org.wegweiser.kiosk.KioskSetup;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.poster.Poster;
import org.wegweiser.poster.PosterRenderer;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.publishing.internal.RevisionRepository;
import org.wegweiser.search.ServiceSearch;
import org.wegweiser.testing.TestDatabases;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark suite of issue 8: the large county in MariaDB, kiosk-ui from its jar, Chromium
 * and wrk against it; every figure goes into docs/benchmarks.md beside its target. Runs only with
 * {@code -Pbenchmarks} (failsafe picks up {@code *Benchmark}); it asserts nothing about speed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WegweiserBenchmark {

    private static final Path WORK = Path.of("target", "benchmarks");
    private static final Path OUT = Path.of(System.getProperty("wegweiser.benchmarks.out", "target/benchmarks/benchmarks.md"));
    private static final Path JAR = Path.of(System.getProperty("wegweiser.benchmarks.jar", "target/kiosk-ui.jar"));
    private static final int POSTERS = 2000;
    private static final int KIOSKS = 20;
    private static final String SERVICE = LargeCounty.serviceKey(4, 3); // Reisepass beantragen

    private final Figures figures = new Figures();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String started;
    private String loadBefore;
    private String database;
    private ConfigurableApplicationContext staff;
    private String kioskCredential;
    private KioskUiProcess kioskUnderTest;
    private JdbcClient jdbc;
    private ContentPackage county;
    private final List<String> codes = new ArrayList<>();
    private Playwright playwright;
    private Browser chromium;
    private final List<Double> startups = new ArrayList<>();

    @BeforeAll
    void setUp() throws Exception {
        started = now();
        loadBefore = uptime();
        Files.createDirectories(WORK);
        database = TestDatabases.create();
        staff = new SpringApplicationBuilder(StaffSide.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabases.USER,
                "--spring.datasource.password=" + TestDatabases.PASSWORD,
                "--wegweiser.demo.enabled=false",
                "--wegweiser.snapshot.file=",
                "--spring.main.banner-mode=off");
        jdbc = staff.getBean(JdbcClient.class);

        long t0 = System.nanoTime();
        county = LargeCounty.generate();
        byte[] json = ContentPackageCodec.write(county);
        staff.getBean(ContentPackageService.class).importPackage(json, "benchmark");
        long imported = System.nanoTime();
        staff.getBean(PublishingService.class).publish("benchmark", "large county");
        long published = System.nanoTime();
        createKiosksPostersAndScans();
        long rows = System.nanoTime();
        figures.note("Set-up: package of %d kB JSON imported in %.1f s, published in %.1f s; %d kiosks, %d posters and %d days of scan counts written in %.1f s"
                .formatted(json.length / 1024, seconds(imported - t0), seconds(published - imported), KIOSKS, POSTERS,
                        365, seconds(rows - published)));

        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(org.wegweiser.testing.Browser.CHROMIUM)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        // ten kiosks tap at once: none of them may be slowed down as a background tab
                        "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                        "--disable-backgrounding-occluded-windows")));
    }

    private void createKiosksPostersAndScans() {
        for (int k = 0; k < KIOSKS; k++) {
            jdbc.sql("insert into kiosk (name, idle_seconds, revoked) values (:name, 60, false)")
                    .param("name", "Kiosk " + LargeCounty.town(k % LargeCounty.SITES) + " " + (k + 1)).update();
        }
        var random = new SplittableRandom(LargeCounty.SEED + 2);
        String alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
        var posters = new StringBuilder();
        var languages = new StringBuilder();
        for (int p = 1; p <= POSTERS; p++) {
            var code = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (codes.contains(code.toString())) {
                p--;
                continue;
            }
            codes.add(code.toString());
            var service = county.services().get(random.nextInt(county.services().size()));
            posters.append(posters.isEmpty() ? "" : ",").append("(%d,'%s','SERVICE','%s','A4',false,2,'Flur',now(6),'benchmark')"
                    .formatted(p, code, service.key()));
            int count = 1 + random.nextInt(3);
            for (int l = 0; l < count; l++) {
                languages.append(languages.isEmpty() ? "" : ",").append("(%d,%d,'%s')"
                        .formatted(p, l, LargeCounty.LANGUAGES.get((p + l * 3) % LargeCounty.LANGUAGES.size())));
            }
        }
        jdbc.sql("insert into poster (id, code, target_type, target_slug, paper_format, bleed, viewing_distance_m,"
                + " placement, created_at, created_by) values " + posters).update();
        jdbc.sql("insert into poster_language (poster_id, position, language_code) values " + languages).update();
        LocalDate today = LocalDate.now();
        for (int day = 365; day >= 1; day--) { // a year up to yesterday; today's counts come from the load
            var scans = new StringBuilder();
            for (int p = 1; p <= POSTERS; p++) {
                scans.append(p == 1 ? "" : ",").append("(%d,'%s',%d)".formatted(p, today.minusDays(day), random.nextInt(40)));
            }
            jdbc.sql("insert into scan_count (poster_id, scan_day, scans) values " + scans).update();
        }
    }

    @AfterAll
    void tearDown() throws Exception {
        if (chromium != null) {
            chromium.close();
            playwright.close();
        }
        String machine = machine();
        figures.write(OUT, machine, started, now() + ", load average after: " + uptime(),
                "the generated large county (`LargeCounty`, seed %d): %d sites, %d offices, %d services with %d-item checklists, %d languages (ar and fa right to left), %d kiosks, %d posters with 365 days of scan counts. The demo package (Musterstadt) is the small case."
                        .formatted(LargeCounty.SEED, county.sites().size(), county.offices().size(), county.services().size(),
                                LargeCounty.CHECKLIST_ITEMS, county.languages().size(), KIOSKS, POSTERS));
        if (staff != null) {
            staff.close();
        }
        if (Boolean.getBoolean("wegweiser.benchmarks.keep-database")) {
            System.out.println("BENCHMARK database kept: " + database);
            return;
        }
        try (var connection = DriverManager.getConnection(database, TestDatabases.USER, TestDatabases.PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("drop database " + database.substring(database.lastIndexOf('/') + 1));
        }
    }

    // ---- in-process figures: snapshot, search, posters ----

    @Test
    @Order(1)
    void snapshot() {
        var revisions = staff.getBean(RevisionRepository.class);
        var times = new ArrayList<Double>();
        var heaps = new ArrayList<Double>();
        ContentSnapshot kept = null;
        for (int run = 0; run < 5; run++) {
            kept = null;
            long before = usedHeapAfterGc();
            long t0 = System.nanoTime();
            var published = new PublishedContent(revisions);
            published.refresh();
            kept = published.current().orElseThrow();
            times.add(millis(System.nanoTime() - t0));
            heaps.add((usedHeapAfterGc() - before) / 1024.0 / 1024.0);
        }
        double worstTime = Figures.percentile(times, 100);
        double worstHeap = Figures.percentile(heaps, 100);
        figures.add("snapshot: load the published revision into memory", Figures.minMedianMax(times, "ms"), "≤ 1 s",
                worstTime <= 1000, "from MariaDB, JSON parsed, indexed (`PublishedContent.refresh`)");
        figures.add("snapshot: heap it keeps", Figures.minMedianMax(heaps, "MB"), "≤ 100 MB", worstHeap <= 100,
                "used heap after GC with the snapshot held minus before");
        var index = new ArrayList<Double>();
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            ServiceSearch.of(kept);
            index.add(millis(System.nanoTime() - t0));
        }
        figures.add("search index: built per revision", Figures.minMedianMax(index, "ms"), "–", null,
                "`ServiceSearch.of`, once per publication; kiosk-ui builds it in the background when the revision arrives");
    }

    @Test
    @Order(2)
    void search() {
        var snapshot = new ContentSnapshot(new org.wegweiser.publishing.Revision(1, java.time.Instant.now(), "b", "b"), county);
        var search = ServiceSearch.of(snapshot);
        var queries = LargeCounty.queries(1000);
        for (var query : queries) { // warm-up
            search.search(query.text(), query.language(), 8);
        }
        var times = new ArrayList<Double>();
        var cpu = new ArrayList<Double>();
        var threads = ManagementFactory.getThreadMXBean();
        var misses = new ArrayList<String>();
        int first = 0;
        for (var query : queries) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            var hits = search.search(query.text(), query.language(), 8);
            times.add(millis(System.nanoTime() - t0));
            cpu.add(millis(threads.getCurrentThreadCpuTime() - c0));
            if (!hits.isEmpty() && hits.getFirst().serviceKey().equals(query.expectedService())) {
                first++;
            } else {
                misses.add("%s [%s] expected %s (%s), first %s".formatted(query.text(), query.language(),
                        query.expectedService(), snapshot.service(query.expectedService()).orElseThrow().title().texts()
                                .get(query.language()), hits.isEmpty() ? "nothing" : hits.getFirst().serviceKey() + " ("
                                + snapshot.service(hits.getFirst().serviceKey()).orElseThrow().title().texts().get(query.language()) + ")"));
            }
        }
        try {
            Files.write(WORK.resolve("search-misses.txt"), misses);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double p95 = Figures.percentile(times, 95);
        figures.add("search: 1 000 queries, typos, 3 scripts", Figures.medianP95(times, "ms"), "p95 ≤ 10 ms", p95 <= 10,
                "Lucene in memory (`ServiceSearch`), single thread, warm; CPU time of the searching thread: "
                        + Figures.medianP95(cpu, "ms"));
        double share = 100.0 * first / queries.size();
        figures.add("search: intended service ranked first", "%.1f %% of %d labelled queries".formatted(share, queries.size()),
                "≥ 95 % of ≥ 100", share >= 95, "half of the queries with one typo; 8 languages; the misses are listed in target/benchmarks/search-misses.txt");

        // The plain alternative: SQL LIKE over the draft's translations in MariaDB, every word must occur in one text
        var likeTimes = new ArrayList<Double>();
        int likeFirst = 0;
        var sample = queries.subList(0, 200);
        for (var query : sample) {
            var words = List.of(query.text().split(" "));
            var sql = new StringBuilder("""
                    select entity_slug, max(case field when 'title' then 3 when 'keywords' then 2 else 1 end) as rnk
                    from translation where entity_type = 'service' and field in ('title', 'keywords', 'summary')
                    and language_code in (:language, 'de')""");
            for (int w = 0; w < words.size(); w++) {
                sql.append(" and body like :w").append(w);
            }
            sql.append(" group by entity_slug order by rnk desc, entity_slug limit 8");
            var statement = jdbc.sql(sql.toString()).param("language", query.language());
            for (int w = 0; w < words.size(); w++) {
                statement = statement.param("w" + w, "%" + words.get(w) + "%");
            }
            long t0 = System.nanoTime();
            var hits = statement.query((rs, i) -> rs.getString(1)).list();
            likeTimes.add(millis(System.nanoTime() - t0));
            if (!hits.isEmpty() && hits.getFirst().equals(query.expectedService())) {
                likeFirst++;
            }
        }
        figures.add("search, plain alternative: SQL LIKE in MariaDB", Figures.medianP95(likeTimes, "ms")
                        + ", intended first in %.1f %%".formatted(100.0 * likeFirst / sample.size()), "–", null,
                "ratio p95 LIKE / Lucene: %s×; LIKE finds nothing for a typo".formatted(
                        Figures.number(Figures.percentile(likeTimes, 95) / p95)));
    }

    @Test
    @Order(3)
    void poster() throws Exception {
        var options = new OptionsBuilder().include(PosterRendering.class.getName())
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx1g").build();
        var result = new Runner(options).run().iterator().next().getPrimaryResult();
        var statistics = result.getStatistics();
        double p50 = statistics.getPercentile(50);
        double p95 = statistics.getPercentile(95);
        figures.add("poster: three-language A4 (JMH, warm)", "median %s, p95 %s ms (n=%d)".formatted(Figures.number(p50),
                Figures.number(p95), statistics.getN()), "≤ 150 ms", p95 <= 150, "JMH sample time, 1 fork, 5 × 2 s");

        var content = PosterRendering.snapshot();
        var renderer = new PosterRenderer(new ContentAssets());
        var batch = new ArrayList<Poster>();
        for (int i = 0; i < 100; i++) {
            batch.add(PosterRendering.poster(i));
        }
        renderer.renderAll(content, batch.subList(0, 10)); // warm-up
        var times = new ArrayList<Double>();
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            renderer.renderAll(content, batch);
            times.add(seconds(System.nanoTime() - t0));
        }
        figures.add("posters: a batch of 100 as one PDF", Figures.minMedianMax(times, "s"), "≤ 10 s",
                Figures.percentile(times, 100) <= 10, "`PosterRenderer.renderAll`");
    }

    // ---- kiosk-ui from its jar ----

    private KioskUiProcess start(String name, String... arguments) throws Exception {
        var process = KioskUiProcess.start(JAR, database, TestDatabases.USER, TestDatabases.PASSWORD, WORK, name,
                "/s/" + SERVICE + "?lang=de", List.of(arguments));
        startups.add(process.startMillis / 1000.0);
        return process;
    }

    @Test
    @Order(4)
    void phone_pages_and_short_links() throws Exception {
        try (var kiosk = start("kiosk-ui-1")) {
            phoneBytesAndPaint(kiosk);
            if (!Wrk.installed()) {
                figures.note("wrk is not installed (apt-get install wrk): throughput figures skipped");
                return;
            }
            var random = new SplittableRandom(LargeCounty.SEED + 3);
            var pages = new ArrayList<String>();
            for (int i = 0; i < 400; i++) {
                var service = county.services().get(random.nextInt(county.services().size()));
                pages.add("/s/" + service.key() + "?lang=" + LargeCounty.LANGUAGES.get(i % LargeCounty.LANGUAGES.size()));
            }
            Wrk.run(kiosk, pages, 64, 15, WORK, "phone-warmup"); // the JIT compiler is done after this
            var phone = Wrk.run(kiosk, pages, 64, 20, WORK, "phone");
            figures.add("phone pages: throughput, 64 connections", throughput(phone), "≥ 2 000 req/s, p99 ≤ 50 ms, no errors",
                    phone.perSecond() >= 2000 && phone.p99Millis() <= 50 && phone.errors() == 0,
                    "400 service pages × 8 languages, gzip, wrk on loopback");

            var links = codes.stream().map(code -> "/q/" + code).toList();
            long before = scansToday();
            Wrk.run(kiosk, links, 64, 5, WORK, "short-links-warmup");
            long afterWarmup = waitForScans(before);
            var batched = Wrk.run(kiosk, links, 64, 20, WORK, "short-links");
            long afterLoad = waitForScans(afterWarmup);
            figures.add("short links: throughput, batched counting", throughput(batched), "≥ 2 000 req/s",
                    batched.perSecond() >= 2000 && batched.errors() == 0,
                    "stored %d scans for the %d answered requests (wrk does not count those cut off at its end)"
                            .formatted(afterLoad - afterWarmup, batched.requests()));

            // Exact: a known number of scans, then kiosk-ui stops; the stored count must be that number.
            int exact = 20_000;
            int homeFallbacks = 0;
            long t0 = System.nanoTime();
            try (var pool = Executors.newFixedThreadPool(64)) {
                var calls = new ArrayList<Future<Integer>>();
                for (int i = 0; i < exact; i++) {
                    var uri = URI.create(kiosk.url(links.get(i % links.size())));
                    calls.add(pool.submit(() -> {
                        var response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
                        // a short link whose poster could not be looked up sends the visitor home, uncounted
                        return response.statusCode() == 302 && response.headers().firstValue("location")
                                .filter(l -> l.contains("/s/")).isPresent() ? 1 : 0;
                    }));
                }
                for (var call : calls) {
                    homeFallbacks += 1 - call.get();
                }
            }
            double javaSeconds = seconds(System.nanoTime() - t0);
            kiosk.close(); // SIGTERM: the last second of counts is written at shutdown
            long stored = scansToday() - afterLoad;
            figures.add("short links: stored count = requests", "%d stored for %d requests".formatted(stored, exact),
                    "exactly equal", stored == exact && homeFallbacks == 0,
                    "Java client, 64 threads (%s req/s), then SIGTERM before counting; %d requests sent home uncounted because the poster could not be looked up in time"
                            .formatted(Figures.number(exact / javaSeconds), homeFallbacks));

            try (var writeThrough = start("kiosk-ui-2-write-through", "--wegweiser.scans.flush-interval=0")) {
                Wrk.run(writeThrough, links, 64, 5, WORK, "short-links-write-through-warmup");
                var direct = Wrk.run(writeThrough, links, 64, 20, WORK, "short-links-write-through");
                figures.add("short links, plain alternative: one UPDATE per request", throughput(direct), "–", null,
                        "ratio batched / per request: %s×".formatted(Figures.number(batched.perSecond() / direct.perSecond())));
                vaadinPage(writeThrough);
            }
        }
    }

    private void phoneBytesAndPaint(KioskUiProcess kiosk) {
        long largest = 0;
        String largestPage = "";
        for (String language : LargeCounty.LANGUAGES) {
            String path = "/s/" + SERVICE + "?lang=" + language;
            var load = load(kiosk.url(path), false, "h1");
            if (load.bytes() > largest) {
                largest = load.bytes();
                largestPage = path;
            }
        }
        figures.add("phone service page: bytes of the first screen", "%.1f kB".formatted(largest / 1024.0), "≤ 14 kB",
                largest <= 14 * 1024, "largest of 8 languages (%s): HTML with inline CSS, gzip body as Chromium received it"
                        .formatted(largestPage));
        var paints = new ArrayList<Double>();
        for (int run = 0; run < 5; run++) {
            paints.add(load(kiosk.url("/s/" + SERVICE + "?lang=ar"), true, "h1").lcpMillis() / 1000.0);
        }
        figures.add("phone service page: Largest Contentful Paint", Figures.medianP95(paints, "s"), "≤ 1.0 s",
                Figures.percentile(paints, 95) <= 1.0, "Chromium, 1.6 Mbit/s down, 150 ms RTT, 4× CPU slowdown, cold cache, Arabic; the largest paint: "
                        + lcpElement);
        phonePaint = paints;
        phoneBytes = largest;
    }

    private List<Double> phonePaint;
    private long phoneBytes;

    /** The same service as a Vaadin view (the kiosk page), loaded the same way: the plain alternative to server HTML. */
    private void vaadinPage(KioskUiProcess kiosk) {
        String path = "/kiosk/ar/service/" + SERVICE;
        var first = load(kiosk.url(path), false, "main.kiosk-service h1");
        var paints = new ArrayList<Double>();
        for (int run = 0; run < 3; run++) {
            paints.add(load(kiosk.url(path), true, "main.kiosk-service h1").lcpMillis() / 1000.0);
        }
        String vaadinElement = lcpElement;
        figures.add("same service as a Vaadin view: bytes, Largest Contentful Paint", "%.0f kB; %s".formatted(
                        first.bytes() / 1024.0, Figures.medianP95(paints, "s")), "–", null,
                "all responses until the heading shows (largest paint: %s); ratio to the phone page: %s× bytes, %s× paint".formatted(vaadinElement,
                        Figures.number((double) first.bytes() / phoneBytes),
                        Figures.number(Figures.percentile(paints, 50) / Figures.percentile(phonePaint, 50))));
    }

    private record Load(long bytes, double lcpMillis) {
    }

    private String lcpElement = "";

    private Load load(String url, boolean throttled, String ready) {
        var context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setLocale("de-DE"));
        try {
            var page = context.newPage();
            var responses = new ArrayList<Response>();
            page.onResponse(responses::add);
            if (throttled) {
                var cdp = context.newCDPSession(page);
                cdp.send("Network.enable");
                var network = new JsonObject();
                network.addProperty("offline", false);
                network.addProperty("latency", 150);
                network.addProperty("downloadThroughput", 1.6 * 1024 * 1024 / 8);
                network.addProperty("uploadThroughput", 750 * 1024 / 8.0);
                cdp.send("Network.emulateNetworkConditions", network);
                var cpu = new JsonObject();
                cpu.addProperty("rate", 4);
                cdp.send("Emulation.setCPUThrottlingRate", cpu);
            }
            page.navigate(url, new Page.NavigateOptions().setTimeout(60_000));
            page.locator(ready).first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
            page.waitForTimeout(300);
            @SuppressWarnings("unchecked")
            var entry = (java.util.Map<String, Object>) page.evaluate("""
                    () => new Promise(resolve => new PerformanceObserver(list => {
                      const e = list.getEntries()[list.getEntries().length - 1];
                      resolve({time: e.startTime, element: (e.element ? e.element.tagName.toLowerCase()
                          + (e.element.className ? '.' + e.element.className : '') : '') + (e.url ? ' ' + e.url : '')});
                    }).observe({type: 'largest-contentful-paint', buffered: true}))""");
            double lcp = ((Number) entry.get("time")).doubleValue();
            lcpElement = String.valueOf(entry.get("element")).replace(url.substring(0, url.indexOf('/', 8)), "");
            long bytes = 0;
            for (var response : responses) {
                String type = response.request().resourceType();
                if (ready.equals("h1") ? List.of("document", "stylesheet").contains(type) : true) {
                    bytes += Math.max(0, response.request().sizes().responseBodySize);
                }
            }
            return new Load(bytes, lcp);
        } finally {
            context.close();
        }
    }

    private static String throughput(Wrk.Result result) {
        return "%s req/s, p50 %s ms, p99 %s ms, %d errors (%d requests in %.0f s); kiosk-ui CPU %s ms per request"
                .formatted(Figures.number(result.perSecond()), Figures.number(result.p50Millis()),
                        Figures.number(result.p99Millis()), result.errors(), result.requests(), result.seconds(),
                        Figures.number(result.cpuMillisPerRequest()));
    }

    private long scansToday() {
        return jdbc.sql("select coalesce(sum(scans), 0) from scan_count where scan_day = :day")
                .param("day", LocalDate.now()).query(Long.class).single();
    }

    /** The stored count once the last batch is written (it settles within a few flush intervals). */
    private long waitForScans(long before) throws InterruptedException {
        long last = -1;
        long now = scansToday();
        while (now != last) {
            Thread.sleep(2500);
            last = now;
            now = scansToday();
        }
        return now;
    }

    @Test
    @Order(5)
    void kiosks() throws Exception {
        try (var kiosk = start("kiosk-ui-3")) {
            kioskUnderTest = kiosk;
            kioskMemory(kiosk);
            tapToPaint(kiosk);
            publishToKiosk(kiosk);
            if (Wrk.installed()) {
                // as a paired kiosk: without its credential a browser is sent to the phone page
                var vaadin = Wrk.run(kiosk, List.of("/kiosk/de/service/" + SERVICE), 64, 10, WORK, "vaadin-view",
                        KioskFleet.CREDENTIAL_COOKIE + "=" + kioskCredential);
                figures.add("same service as a Vaadin view: throughput", throughput(vaadin), "–", null,
                        "every request opens a Vaadin session (the UI itself comes with the client's init request, not sent by wrk): the cost of Vaadin's bootstrap page; compare the phone pages above");
            }
        }
        figures.add("start-up: java -jar to the first phone page", Figures.minMedianMax(startups, "s"), "≤ 8 s",
                Figures.percentile(startups, 100) <= 8, "three starts of kiosk-ui on the large county, snapshot from MariaDB");
    }

    /**
     * Opens kiosk UIs as kiosks do: each in its own browser context (its own session), the page loaded
     * until its heading shows, so Vaadin has created the UI; all stay open while the heap is measured.
     */
    private void kioskMemory(KioskUiProcess kiosk) throws Exception {
        var paths = new ArrayList<String>();
        paths.add("/kiosk/de");
        county.topics().forEach(topic -> paths.add("/kiosk/de/topic/" + topic.key()));
        for (int i = 0; i < 8; i++) {
            paths.add("/kiosk/" + LargeCounty.LANGUAGES.get(i) + "/service/" + county.services().get(i * 97).key());
        }
        var open = new ArrayList<BrowserContext>();
        try {
            // warm-up: classes loaded, caches filled; the baseline includes these few UIs
            for (int i = 0; i < 5; i++) {
                open.add(openUi(kiosk, paths.get(i)));
            }
            long base = kiosk.heapUsedAfterGc();
            int warm = open.size();
            var perUi = new ArrayList<String>();
            boolean met = true;
            for (int target : new int[]{25, 100}) {
                while (open.size() - warm < target) {
                    open.add(openUi(kiosk, paths.get(open.size() % paths.size())));
                }
                long used = kiosk.heapUsedAfterGc();
                double each = (used - base) / 1024.0 / 1024.0 / target;
                met &= each <= 1.0;
                perUi.add("%d UIs: %s MB each".formatted(target, Figures.number(each)));
            }
            figures.add("kiosk memory: heap per open kiosk UI after GC", String.join("; ", perUi), "≤ 1 MB each", met,
                    "each UI in its own Chromium context (its own session), left open: home, topics with ~140 service tiles and service pages in turn; heap after a full GC minus the heap before");
        } finally {
            open.forEach(BrowserContext::close);
        }
    }

    private BrowserContext openUi(KioskUiProcess kiosk, String path) {
        var context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(540, 960).setLocale("de-DE"));
        context.setDefaultTimeout(60_000);
        paired(context, kiosk);
        var page = context.newPage();
        page.navigate(kiosk.url(path));
        page.locator("main h1").first().waitFor();
        return context;
    }

    private static final String WATCH = """
            () => {
              if (!window.__ww) {
                window.__ww = {};
                document.addEventListener('pointerdown', () => { window.__ww.tap = performance.now(); }, true);
              }
            }""";

    /** Resolves with the milliseconds from the tap until the frame after the selector first matched. */
    private static final String ARM = """
            selector => {
              window.__ww.done = new Promise(resolve => {
                const check = () => {
                  if (!document.querySelector(selector)) return false;
                  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.__ww.tap), 0));
                  return true;
                };
                if (check()) return;
                const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
                observer.observe(document.documentElement, {subtree: true, childList: true, characterData: true});
              });
            }""";

    private static final String WANDER = """
            () => setInterval(() => {
              const tiles = document.querySelectorAll('.kiosk-tile');
              const target = tiles.length && Math.random() < 0.8 ? tiles[Math.floor(Math.random() * tiles.length)]
                  : document.querySelector('.kiosk-bar-nav a');
              if (target) target.click();
            }, 700 + Math.random() * 600)""";

    private void tapToPaint(KioskUiProcess kiosk) {
        var others = new ArrayList<BrowserContext>();
        try {
            for (int i = 0; i < 10; i++) {
                var context = kioskContext();
                var page = context.newPage();
                page.navigate(kiosk.url("/kiosk/" + LargeCounty.LANGUAGES.get(i % 8)));
                page.locator("main.kiosk-home h1").waitFor();
                page.evaluate(WANDER);
                others.add(context);
            }
            var context = kioskContext();
            var page = context.newPage();
            page.navigate(kiosk.url("/kiosk/de"));
            page.locator("main.kiosk-home h1").waitFor();
            page.evaluate(WATCH);
            var random = new SplittableRandom(LargeCounty.SEED + 4);
            var taps = new ArrayList<Double>();
            for (int round = 0; round < 12; round++) {
                var topics = page.locator("main.kiosk-home .kiosk-tile");
                taps.add(tap(page, topics.nth(random.nextInt(topics.count())), "main.kiosk-topic-page h1"));
                var services = page.locator("main.kiosk-topic-page .kiosk-tile");
                taps.add(tap(page, services.nth(random.nextInt(Math.min(12, services.count()))), "main.kiosk-service h1"));
                taps.add(tap(page, page.locator(".kiosk-bar-nav a").first(), "main.kiosk-home h1"));
            }
            double p95 = Figures.percentile(taps, 95);
            figures.add("kiosk: tap to new content painted", Figures.medianP95(taps, "ms"), "p95 ≤ 100 ms", p95 <= 100,
                    "Playwright, portrait kiosk, home → topic → service → home, while 10 other kiosk sessions tap every ~1 s");
        } finally {
            others.forEach(BrowserContext::close);
        }
    }

    private BrowserContext kioskContext() {
        var context = kioskContextUnpaired();
        paired(context, kioskUnderTest);
        return context;
    }

    private BrowserContext kioskContextUnpaired() {
        var context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1080, 1920).setHasTouch(true)
                .setLocale("de-DE"));
        context.setDefaultTimeout(30_000);
        return context;
    }

    /** Only a paired kiosk gets the kiosk pages: the browser holds the credential of a lobby kiosk. */
    private void paired(BrowserContext context, KioskUiProcess kiosk) {
        if (kioskCredential == null) {
            var site = county.sites().getFirst();
            kioskCredential = SystemActor.call(() -> staff.getBean(KioskFleet.class).issueCredential(
                    new KioskSetup("Benchmark", site.key(), null, 0.5, 0.5, 600, List.of()), "benchmark"));
        }
        context.addCookies(List.of(new com.microsoft.playwright.options.Cookie(KioskFleet.CREDENTIAL_COOKIE, kioskCredential)
                .setUrl(kiosk.url("/"))));
    }

    private static double tap(Page page, com.microsoft.playwright.Locator target, String next) {
        page.evaluate(ARM, next);
        target.tap();
        return ((Number) page.evaluate("() => window.__ww.done")).doubleValue();
    }

    private void publishToKiosk(KioskUiProcess kiosk) {
        var publishing = staff.getBean(PublishingService.class);
        var context = kioskContext();
        try {
            var page = context.newPage();
            page.navigate(kiosk.url("/kiosk/de/service/" + SERVICE));
            page.locator("main.kiosk-service h1").waitFor();
            var shown = new ArrayList<Double>();
            var publishCalls = new ArrayList<Double>();
            for (int run = 1; run <= 8; run++) {
                String title = "Reisepass beantragen (Änderung " + run + ")";
                page.evaluate("""
                        title => {
                          window.__wwShown = new Promise(resolve => {
                            const observer = new MutationObserver(() => {
                              const h1 = document.querySelector('main.kiosk-service h1');
                              if (h1 && h1.textContent.includes(title)) { observer.disconnect(); resolve(Date.now()); }
                            });
                            observer.observe(document.documentElement, {subtree: true, childList: true, characterData: true});
                          });
                        }""", title);
                // what an editor's save does to the draft, then Publish
                jdbc.sql("update translation set body = :title where entity_type = 'service' and entity_slug = :key"
                        + " and field = 'title' and language_code = 'de'").param("title", title).param("key", SERVICE).update();
                long t0 = System.currentTimeMillis();
                publishing.publish("benchmark", "title change " + run);
                publishCalls.add((System.currentTimeMillis() - t0) / 1000.0);
                long at = ((Number) page.evaluate("() => window.__wwShown")).longValue();
                shown.add((at - t0) / 1000.0);
                page.waitForTimeout(500);
            }
            double p95 = Figures.percentile(shown, 95);
            figures.add("publish to kiosk: the open kiosk shows the change", Figures.medianP95(shown, "s"), "p95 ≤ 3 s",
                    p95 <= 3, "from the start of `PublishingService.publish` (of which the publish itself: %s) to the new title on an open kiosk page; kiosk-ui is another process and learns by polling"
                            .formatted(Figures.medianP95(publishCalls, "s")));
        } finally {
            context.close();
        }
    }

    // ---- helpers ----

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }

    private static String now() {
        return ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT));
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0]
                    + " " + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[1]
                    + " " + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[2] + " (1, 5, 15 min)";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private String machine() {
        String cpu = "unknown CPU";
        long memory = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        } catch (java.io.IOException e) {
            // leave unknown
        }
        return "- machine: %d cores (nproc), %s, %d GB RAM\n- load average before: %s\n- JDK: %s %s\n- MariaDB: %s"
                .formatted(Runtime.getRuntime().availableProcessors(), cpu, memory, loadBefore,
                        System.getProperty("java.vm.vendor"), Runtime.version(),
                        jdbc.sql("select version()").query(String.class).single());
    }
}
