package org.colophon.search;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search on the embedded Lucene backend, with its index in a temporary folder.
 */
@SpringBootTest(properties = "colophon.search.max-query-words=32")
@ActiveProfiles("test")
class SearchServiceIntegrationTests extends SearchBehaviourTests {

}
