package org.colophon.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis}, defined for an OpenSearch cluster: the same
 * names, the same tokenizer and the same filters in the same order, under the names
 * OpenSearch gives them.
 */
class ClusterSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	private static final String POSSESSIVE = "colophon_english_possessive";

	private static final String WORD_STARTS = "colophon_word_starts";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.tokenFilter(WORD_STARTS).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
		context.analyzer(SearchAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
		context.analyzer(SearchAnalysis.NEUTRAL)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.analyzer(SearchAnalysis.AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", WORD_STARTS);
		context.normalizer(SearchAnalysis.FOLDED).custom().tokenFilters("lowercase", "asciifolding");
	}

}
