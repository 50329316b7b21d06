package vn.partydev.training.api;

import java.util.function.Function;
import vn.partydev.platform.http.Page;

/** Maps a page of entities to a page of views. */
final class PageView {

    private PageView() {
    }

    static <E, V> Page<V> of(Page<E> page, Function<E, V> view) {
        return new Page<>(page.items().stream().map(view).toList(), page.nextCursor());
    }
}
