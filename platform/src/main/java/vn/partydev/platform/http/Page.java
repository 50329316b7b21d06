package vn.partydev.platform.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read by keyset: the items and the opaque cursor of the next page (null on the last page).
 *
 * @param <T> the item type
 */
@Schema(description = "One page of a list; pass nextCursor as ?cursor= to read the next page")
public record Page<T>(
        @Schema(description = "The items of this page, in the list's order")
        List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page", example = "MjAyNi0wMS0wMVQwMDowMDowMFo.YQ")
        String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page from rows read with {@code LIMIT limit + 1}: the extra row only tells that another page exists, and the
     * cursor is the position of the last item kept.
     */
    public static <T> Page<T> of(List<T> rowsReadWithOneMore, int limit, Function<T, Cursor> positionOf) {
        if (rowsReadWithOneMore.size() <= limit) {
            return new Page<>(rowsReadWithOneMore, null);
        }
        List<T> items = rowsReadWithOneMore.subList(0, limit);
        return new Page<>(items, positionOf.apply(items.get(limit - 1)).encode());
    }

    /** Maps the items, keeping the cursor. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /** The page size to use for {@code ?limit=}: the default when absent; 400 problem when below 1 or above the maximum. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new vn.partydev.platform.problem.BadRequest("INVALID_LIMIT", "limit must be between 1 and " + MAX_LIMIT,
                    List.of(vn.partydev.platform.problem.ProblemError.atParameter("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return requested;
    }
}
