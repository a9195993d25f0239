package org.colophon.search;

import org.colophon.access.AccessService;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.model.PojoElementAccessor;
import org.hibernate.search.mapper.pojo.model.PojoModelType;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Indexes each chapter's effective access model, as the access module decides it from the
 * policies set on the chapter or its book and what the capture said. The access service
 * is looked up when the first chapter is indexed, since the index is built while the
 * persistence unit it reads through is still starting.
 */
class AccessModelBinder implements TypeBinder {

	private final ObjectProvider<AccessService> access;

	AccessModelBinder(ObjectProvider<AccessService> access) {
		this.access = access;
	}

	@Override
	public void bind(TypeBindingContext context) {
		PojoModelType chapter = context.bridgedElement();
		PojoElementAccessor<String> chapterId = chapter.property("publicId").createAccessor(String.class);
		PojoElementAccessor<String> bookId = chapter.property("book").property("publicId").createAccessor(String.class);
		PojoElementAccessor<Boolean> accessRequired = chapter.property("accessRequired").createAccessor(Boolean.class);
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(IndexFields.ACCESS,
					(types) -> types.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
			.toReference();
		context.bridge((target, bridged, write) -> target.addValue(field,
				this.access.getObject()
					.modelOf(chapterId.read(bridged), bookId.read(bridged),
							Boolean.TRUE.equals(accessRequired.read(bridged)))
					.name()));
	}

}
