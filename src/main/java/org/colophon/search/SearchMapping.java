package org.colophon.search;

import java.util.List;

import org.colophon.catalogue.Chapter;
import org.colophon.catalogue.Contributor;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What of the catalogue goes into the index, declared here rather than on the entities so
 * that the catalogue knows nothing of search. One document per chapter, with its book's
 * fields embedded: a change to a book reindexes its chapters.
 */
class SearchMapping implements HibernateOrmSearchMappingConfigurer {

	private final String indexName;

	private final AccessModelBinder accessModel;

	SearchMapping(String indexName, AccessModelBinder accessModel) {
		this.indexName = indexName;
		this.accessModel = accessModel;
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		TypeMappingStep chapter = mapping.type(Chapter.class);
		chapter.indexed().index(this.indexName);
		chapter.binder(this.accessModel);
		chapter.property("id").genericField(IndexFields.KEY).sortable(Sortable.YES);
		chapter.property("publicId").keywordField(IndexFields.ID).projectable(Projectable.YES);
		chapter.property("title")
			.fullTextField(IndexFields.TITLE)
			.analyzer(SearchAnalysis.ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED))
			.fullTextField(IndexFields.TITLE_NEUTRAL)
			.analyzer(SearchAnalysis.NEUTRAL)
			.keywordField(IndexFields.TITLE_EXACT)
			.normalizer(SearchAnalysis.FOLDED)
			.keywordField(IndexFields.TITLE_SORT)
			.normalizer(SearchAnalysis.FOLDED)
			.sortable(Sortable.YES)
			.fullTextField(IndexFields.TITLE_SUGGEST)
			.analyzer(SearchAnalysis.AUTOCOMPLETE)
			.searchAnalyzer(SearchAnalysis.NEUTRAL);
		chapter.property("label")
			.keywordField(IndexFields.LABEL)
			.normalizer(SearchAnalysis.FOLDED)
			.projectable(Projectable.YES);
		chapter.property("part")
			.fullTextField(IndexFields.PART)
			.analyzer(SearchAnalysis.ENGLISH)
			.projectable(Projectable.YES);
		chapter.property("type").keywordField(IndexFields.TYPE).aggregable(Aggregable.YES).projectable(Projectable.YES);
		chapter.property("onlinePublicationDate")
			.genericField(IndexFields.PUBLISHED)
			.projectable(Projectable.YES)
			.genericField(IndexFields.PUBLISHED_SORT)
			.sortable(Sortable.YES)
			.indexNullAs("0001-01-01");
		chapter.property("summary")
			.fullTextField(IndexFields.SUMMARY)
			.analyzer(SearchAnalysis.ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED));
		chapter.property("doi").keywordField(IndexFields.DOI);
		chapter.property("contributors").indexedEmbedded();
		TypeMappingStep contributor = mapping.type(Contributor.class);
		contributor.property("name")
			.fullTextField("name")
			.analyzer(SearchAnalysis.NEUTRAL)
			.projectable(Projectable.YES)
			.fullTextField("name_suggest")
			.analyzer(SearchAnalysis.AUTOCOMPLETE)
			.searchAnalyzer(SearchAnalysis.NEUTRAL);
		contributor.property("affiliation").fullTextField("affiliation").analyzer(SearchAnalysis.ENGLISH);
		chapter.property("book").indexedEmbedded();
		TypeMappingStep book = mapping.type(bookType());
		book.property("publicId").keywordField("publicId").projectable(Projectable.YES);
		book.property("title").fullTextField("title").analyzer(SearchAnalysis.ENGLISH).projectable(Projectable.YES);
		book.property("subtitle").fullTextField("subtitle").analyzer(SearchAnalysis.ENGLISH);
		book.property("publisher")
			.fullTextField("publisher")
			.analyzer(SearchAnalysis.NEUTRAL)
			.keywordField("publisher_facet")
			.aggregable(Aggregable.YES)
			.projectable(Projectable.YES);
		book.property("doi").keywordField("doi");
		book.property("printIsbn").keywordField("print_isbn");
		book.property("onlineIsbn").keywordField("online_isbn");
		book.property("printPublicationYear")
			.genericField("year")
			.aggregable(Aggregable.YES)
			.projectable(Projectable.YES);
	}

	/**
	 * The catalogue's book entity, which it keeps to itself; the index reaches it only
	 * through a chapter's {@code book} property.
	 */
	private static Class<?> bookType() {
		try {
			return Chapter.class.getDeclaredField("book").getType();
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("A chapter no longer has a book", ex);
		}
	}

}
