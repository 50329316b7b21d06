package vn.partydev.platform.http;

import vn.partydev.platform.problem.BadRequest;

import java.util.List;
import java.util.function.Function;

/** TEMPORARY stand-in for the platform-web contract. */
public record Page<T>(List<T> items, String nextCursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static <T> Page<T> of(List<T> rowsReadWithOneMore, int limit, Function<T, Cursor> positionOf) {
        if (rowsReadWithOneMore.size() <= limit) {
            return new Page<>(rowsReadWithOneMore, null);
        }
        List<T> items = rowsReadWithOneMore.subList(0, limit);
        return new Page<>(items, positionOf.apply(items.get(limit - 1)).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new BadRequest("INVALID_LIMIT", "limit must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
