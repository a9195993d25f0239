package org.colophon.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the index. Every one folds case and diacritics, so that "Belyi" finds
 * "Bélyi"; {@code english} also stems ("purges" finds "purge"), {@code neutral} does not
 * (names, and text in other languages), and {@code autocomplete} indexes the starts of
 * words for suggestions as they are typed.
 */
class SearchAnalysis implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "english";

	static final String NEUTRAL = "neutral";

	static final String AUTOCOMPLETE = "autocomplete";

	static final String FOLDED = "folded";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("porterStem");
		context.analyzer(NEUTRAL).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.analyzer(AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("edgeNGram")
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.normalizer(FOLDED).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
