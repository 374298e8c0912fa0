package org.wegweiser.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.wegweiser.content.ContentPackage.Service;
import org.wegweiser.content.LocalizedText;
import org.wegweiser.publishing.ContentSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds services for what a visitor types at the kiosk: by title, keywords and summary, in the
 * visitor's language and in the default language, tolerant of typos and of parts of compound words.
 * Built once per published snapshot, in memory; immutable and safe for concurrent searches.
 *
 * <p>Parts of words ("Ausweis" in "Personalausweis", "паспорт" in "паспорта") are matched with a
 * trigram field per text rather than with a DictionaryCompoundWordTokenFilter: a dictionary built
 * from the content only knows a part that also stands alone somewhere in the content, which for a
 * town hall's twenty services it mostly does not, and trigrams work the same in every language
 * without a word list. Every trigram of the typed word must occur in the same text (one may be
 * missing in long words), so nonsense finds nothing.
 *
 * <p>Every kind of match scores a fixed weight instead of BM25: with a few dozen short texts,
 * term statistics are noise, while "title before keywords before summary, exact before typo
 * before part" is what visitors expect. A service's score is the sum over the typed words of
 * each word's best match.
 */
public final class ServiceSearch {

    public record Hit(String serviceKey, float score) {
    }

    private enum Part {
        TITLE(10f, Service::title),
        KEYWORDS(7f, Service::keywords),
        SUMMARY(4f, Service::summary);

        final float weight;
        final Function<Service, LocalizedText> text;

        Part(float weight, Function<Service, LocalizedText> text) {
            this.weight = weight;
            this.text = text;
        }

        String field(String language) {
            return name().toLowerCase(Locale.ROOT) + "." + language;
        }

        String gramField(String language) {
            return field(language) + ".grams";
        }
    }

    private static final String KEY = "key";
    private static final float FUZZY = 0.6f;
    private static final float WORD_PART = 0.5f;
    private static final float DEFAULT_LANGUAGE = 0.9f;
    private static final float TIE_BREAKER = 0.1f;
    // Keeps a pasted paragraph below Lucene's clause limit; kiosk queries are a few words
    private static final int MAX_WORDS = 6;
    private static final int MAX_GRAMMED_WORD = 24;
    private static final int MAX_FUZZY_EXPANSIONS = 20;
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    private final IndexSearcher searcher;
    private final Map<String, SearchAnalysis.Analyzers> analyzers;
    private final String defaultLanguage;

    private ServiceSearch(IndexSearcher searcher, Map<String, SearchAnalysis.Analyzers> analyzers,
                          String defaultLanguage) {
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.defaultLanguage = defaultLanguage;
    }

    /** Indexes the snapshot's services in every language they have a text in. */
    public static ServiceSearch of(ContentSnapshot snapshot) {
        Map<String, Service> services = new LinkedHashMap<>();
        snapshot.services().forEach(service -> services.putIfAbsent(service.key(), service));

        Set<String> languages = new LinkedHashSet<>();
        languages.add(snapshot.defaultLanguage());
        snapshot.languages().forEach(language -> languages.add(language.code()));
        services.values().forEach(service -> Stream.of(Part.values())
                .forEach(part -> languages.addAll(part.text.apply(service).texts().keySet())));

        Map<String, SearchAnalysis.Analyzers> analyzers = new HashMap<>();
        Map<String, Analyzer> fieldAnalyzers = new HashMap<>();
        for (String language : languages) {
            var forLanguage = SearchAnalysis.forLanguage(language);
            analyzers.put(language, forLanguage);
            for (Part part : Part.values()) {
                fieldAnalyzers.put(part.field(language), forLanguage.terms());
                fieldAnalyzers.put(part.gramField(language), forLanguage.grams());
            }
            fieldAnalyzers.put(wordsField(language), forLanguage.words());
        }

        // The index lives as long as the snapshot; a heap-only directory needs no closing
        var directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fieldAnalyzers));
        try {
            try (var writer = new IndexWriter(directory, config)) {
                for (Service service : services.values()) {
                    writer.addDocument(document(service));
                }
            }
            return new ServiceSearch(new IndexSearcher(DirectoryReader.open(directory)), Map.copyOf(analyzers),
                    snapshot.defaultLanguage());
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be built in memory", e);
        }
    }

    /** All words of a language's texts as written, for finding what a typo was meant to be. */
    private static String wordsField(String language) {
        return "words." + language;
    }

    private static Document document(Service service) {
        var document = new Document();
        document.add(new StoredField(KEY, service.key()));
        for (Part part : Part.values()) {
            part.text.apply(service).texts().forEach((language, text) -> {
                document.add(new TextField(part.field(language), text, Field.Store.NO));
                document.add(new TextField(part.gramField(language), text, Field.Store.NO));
                document.add(new TextField(wordsField(language), text, Field.Store.NO));
            });
        }
        return document;
    }

    /**
     * Services matching the query in the given language or the default language, best first,
     * one hit per service; empty for a blank query.
     */
    public List<Hit> search(String query, String language, int max) {
        if (query == null || query.isBlank() || max <= 0) {
            return List.of();
        }
        String visitorLanguage = language == null || language.isBlank() ? defaultLanguage : language;
        List<Query> perLanguage = new ArrayList<>();
        for (String code : Stream.of(visitorLanguage, defaultLanguage).distinct().toList()) {
            var forLanguage = analyzers.get(code);
            Query inLanguage = forLanguage == null ? null : inLanguage(query, code, forLanguage);
            if (inLanguage != null) {
                perLanguage.add(code.equals(visitorLanguage) ? inLanguage : new BoostQuery(inLanguage, DEFAULT_LANGUAGE));
            }
        }
        if (perLanguage.isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] found = searcher.search(new DisjunctionMaxQuery(perLanguage, 0f), max).scoreDocs;
            StoredFields stored = searcher.storedFields();
            Map<String, Hit> hits = new LinkedHashMap<>();
            for (ScoreDoc doc : found) {
                String key = stored.document(doc.doc).get(KEY);
                hits.putIfAbsent(key, new Hit(key, doc.score));
            }
            return List.copyOf(hits.values());
        } catch (IOException e) {
            throw new UncheckedIOException("The in-memory search index could not be read", e);
        }
    }

    /**
     * The query for one language: each typed word adds its best match in that language's texts.
     * A typo is resolved once per word against the words of all texts (one Levenshtein automaton,
     * the expensive part of fuzzy matching, instead of one per field), and the words it may have
     * meant are then looked up in every part like the typed word.
     */
    private Query inLanguage(String query, String language, SearchAnalysis.Analyzers analyzers) {
        var sum = new BooleanQuery.Builder();
        int count = 0;
        for (String word : words(analyzers.words(), query)) {
            List<String> terms = tokens(analyzers.terms(), word);
            if (terms.isEmpty()) {
                continue; // a stop word
            }
            List<String> grams = word.length() <= MAX_GRAMMED_WORD ? tokens(analyzers.grams(), word) : List.of();
            List<BytesRef> meant = meant(word, language, analyzers).stream()
                    .flatMap(spelling -> tokens(analyzers.terms(), spelling).stream())
                    .filter(term -> !terms.contains(term)).distinct().map(BytesRef::new).toList();
            List<Query> matches = new ArrayList<>();
            for (Part part : Part.values()) {
                for (String term : terms) {
                    matches.add(weighted(new TermQuery(new Term(part.field(language), term)), part.weight));
                }
                if (!meant.isEmpty()) {
                    matches.add(weighted(new TermInSetQuery(part.field(language), meant), part.weight * FUZZY));
                }
                if (grams.size() >= 2) {
                    matches.add(weighted(allGrams(part.gramField(language), grams), part.weight * WORD_PART));
                }
            }
            sum.add(new DisjunctionMaxQuery(matches, TIE_BREAKER), Occur.SHOULD);
            if (++count == MAX_WORDS) {
                break;
            }
        }
        return count == 0 ? null : sum.build();
    }

    /** Words of the texts within a few typing errors of the typed word (the longer the word, the more errors). */
    private List<String> meant(String word, String language, SearchAnalysis.Analyzers analyzers) {
        List<String> spellings = new ArrayList<>();
        for (String plain : tokens(analyzers.words(), word)) {
            int edits = edits(plain);
            if (edits == 0 || writtenInTexts(plain, language)) {
                continue;
            }
            var fuzzy = new FuzzyQuery(new Term(wordsField(language), plain), edits, 0, MAX_FUZZY_EXPANSIONS, true,
                    new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_FUZZY_EXPANSIONS));
            try {
                searcher.rewrite(fuzzy).visit(new QueryVisitor() {
                    @Override
                    public void consumeTerms(Query query, Term... found) {
                        for (Term term : found) {
                            spellings.add(term.text());
                        }
                    }

                    @Override
                    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                        return this;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("The in-memory search index could not be read", e);
            }
        }
        return spellings;
    }

    /** A word that stands in the texts as typed is taken as meant, not as a typo of a similar word. */
    private boolean writtenInTexts(String plain, String language) {
        try {
            return searcher.getIndexReader().docFreq(new Term(wordsField(language), plain)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("The in-memory search index could not be read", e);
        }
    }

    private static int edits(String term) {
        int length = term.codePointCount(0, term.length());
        return length >= 8 ? 2 : length >= 5 ? 1 : 0;
    }

    private static Query allGrams(String field, List<String> grams) {
        var all = new BooleanQuery.Builder();
        grams.stream().distinct().forEach(gram -> all.add(new TermQuery(new Term(field, gram)), Occur.SHOULD));
        // a long word may have one typo in it and still be a part
        int distinct = (int) grams.stream().distinct().count();
        all.setMinimumNumberShouldMatch(distinct >= 6 ? distinct - 1 : distinct);
        return all.build();
    }

    private static Query weighted(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }

    /** The words of the query as typed, cut where the language's tokenizer cuts them. */
    private static List<String> words(Analyzer analyzer, String query) {
        List<String> words = new ArrayList<>();
        try (var stream = analyzer.tokenStream("", query)) {
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(query.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (var stream = analyzer.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The query as counted when it finds nothing: trimmed, lower-cased, whitespace collapsed. */
    public static String normalise(String query) {
        return query == null ? "" : WHITESPACE.matcher(query).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
