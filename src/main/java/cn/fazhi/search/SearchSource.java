package cn.fazhi.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Implemented by a module (as a bean) whose records are searchable. The index asks it for the current text of changed
 * records, and for every text when it rebuilds; both read the database, never a cache.
 */
public interface SearchSource {

    /** The type code this source answers for, as in {@link SearchText#type()}. */
    String type();

    /** The current texts of these ids; an id that no longer exists (or is no longer searchable) is simply absent. */
    List<SearchText> load(Collection<String> ids);

    /** Every searchable text, streamed (used to rebuild an index). */
    void forEach(Consumer<SearchText> sink);
}
