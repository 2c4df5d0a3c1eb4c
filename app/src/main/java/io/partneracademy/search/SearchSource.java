package io.partneracademy.search;

import java.util.List;
import java.util.Map;

/**
 * A database-backed producer of search documents, in groups that change together (a resource; a course with
 * its lessons). The index compares each group's stamp with the one it indexed and reloads what differs, so it
 * converges on the database whether a change happened on this node or another.
 */
public interface SearchSource {

    /** Every group this source has now, with a stamp that changes whenever its documents do. */
    Map<String, String> stamps();

    /** The documents of one group; empty when the group no longer exists or shows nothing. */
    List<SearchDocument> documents(String group);

    /** True when the group key belongs to this source. */
    boolean owns(String group);
}
