package org.wegweiser.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

import java.io.Reader;
import java.util.Locale;

/**
 * How the text of one language is cut into searchable pieces, in three forms: stemmed terms
 * for exact and fuzzy matches, plain words, and trigrams of the plain words for parts of words.
 * Pipelines are spelled out rather than taken from Lucene's language analyzers, which are
 * final, so that all forms of a language share the same lower-casing and normalisation.
 */
final class SearchAnalysis {

    static final int GRAM = 3;

    enum Form { TERMS, WORDS, GRAMS }

    /** The three analyzers of one language. Analyzers are thread-safe. */
    record Analyzers(Analyzer terms, Analyzer words, Analyzer grams) {
    }

    private enum Family { GERMAN, ENGLISH, ARABIC, PERSIAN, RUSSIAN, UKRAINIAN, TURKISH, OTHER }

    private SearchAnalysis() {
    }

    static Analyzers forLanguage(String code) {
        Family family = family(code);
        return new Analyzers(new LanguageAnalyzer(family, Form.TERMS), new LanguageAnalyzer(family, Form.WORDS),
                new LanguageAnalyzer(family, Form.GRAMS));
    }

    private static Family family(String code) {
        // de-x-ls (Leichte Sprache) is German
        return switch (code.toLowerCase(Locale.ROOT).split("[-_]")[0]) {
            case "de" -> Family.GERMAN;
            case "en" -> Family.ENGLISH;
            case "ar" -> Family.ARABIC;
            case "fa" -> Family.PERSIAN;
            case "ru" -> Family.RUSSIAN;
            case "uk" -> Family.UKRAINIAN;
            case "tr" -> Family.TURKISH;
            default -> Family.OTHER;
        };
    }

    private static final NormalizeCharMap COMMON = charMap(false, false);
    // Leichte Sprache splits long words with a middle dot: "Personal·ausweis" is one word
    private static final NormalizeCharMap GERMAN = charMap(true, false);
    // Visitors rarely type ё, and Ukrainian has several apostrophes
    private static final NormalizeCharMap CYRILLIC = charMap(false, true);

    private static NormalizeCharMap charMap(boolean middleDot, boolean cyrillic) {
        var map = new NormalizeCharMap.Builder();
        map.add("\u00AD", "");
        if (middleDot) {
            map.add("\u00B7", "");
        }
        if (cyrillic) {
            map.add("ё", "е");
            map.add("Ё", "Е");
            map.add("\u2019", "'");
            map.add("\u02BC", "'");
        }
        return map.build();
    }

    private static final class LanguageAnalyzer extends Analyzer {

        private final Family family;
        private final Form form;

        LanguageAnalyzer(Family family, Form form) {
            this.family = family;
            this.form = form;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return switch (family) {
                case GERMAN -> new MappingCharFilter(GERMAN, reader);
                case RUSSIAN, UKRAINIAN -> new MappingCharFilter(CYRILLIC, reader);
                // joins written with a zero-width non-joiner are separate words for the Persian stemmer
                case PERSIAN -> new PersianCharFilter(new MappingCharFilter(COMMON, reader));
                default -> new MappingCharFilter(COMMON, reader);
            };
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            boolean terms = form == Form.TERMS;
            TokenStream stream = source;
            switch (family) {
                case GERMAN -> {
                    stream = new LowerCaseFilter(stream);
                    if (terms) {
                        stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
                    }
                    stream = new GermanNormalizationFilter(stream);
                    if (terms) {
                        stream = new GermanLightStemFilter(stream);
                    }
                }
                case ENGLISH -> {
                    if (terms) {
                        stream = new EnglishPossessiveFilter(stream);
                    }
                    stream = new LowerCaseFilter(stream);
                    if (terms) {
                        stream = new PorterStemFilter(new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
                    }
                }
                case ARABIC -> {
                    stream = new DecimalDigitFilter(new LowerCaseFilter(stream));
                    if (terms) {
                        stream = new StopFilter(stream, ArabicAnalyzer.getDefaultStopSet());
                    }
                    stream = new ArabicNormalizationFilter(stream);
                    if (terms) {
                        stream = new ArabicStemFilter(stream);
                    }
                }
                case PERSIAN -> {
                    stream = new DecimalDigitFilter(new LowerCaseFilter(stream));
                    stream = new PersianNormalizationFilter(new ArabicNormalizationFilter(stream));
                    if (terms) {
                        stream = new PersianStemFilter(new StopFilter(stream, PersianAnalyzer.getDefaultStopSet()));
                    }
                }
                case RUSSIAN -> {
                    stream = new LowerCaseFilter(stream);
                    if (terms) {
                        stream = new RussianLightStemFilter(new StopFilter(stream, RussianAnalyzer.getDefaultStopSet()));
                    }
                }
                case TURKISH -> {
                    // "İ" and "I" lower-case to "i" and "ı" in Turkish, unlike anywhere else
                    stream = new TurkishLowerCaseFilter(new ApostropheFilter(stream));
                    if (terms) {
                        stream = new SnowballFilter(new StopFilter(stream, TurkishAnalyzer.getDefaultStopSet()),
                                new TurkishStemmer());
                    }
                }
                // Lucene's common analysis has no Ukrainian stemmer or stop words; trigrams catch inflections
                case UKRAINIAN, OTHER -> stream = new LowerCaseFilter(stream);
            }
            if (form == Form.GRAMS) {
                stream = new NGramTokenFilter(stream, GRAM, GRAM, false);
            }
            return new TokenStreamComponents(source, stream);
        }
    }
}
