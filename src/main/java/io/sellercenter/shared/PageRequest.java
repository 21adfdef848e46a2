package io.sellercenter.shared;

/** A page of a list, as {@code ?page=&size=} (size at most 200). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "MIN_ZERO");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "PAGE_SIZE");
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
