package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Which page of a list a page shows, numbered from 1 as links and addresses show it. What is asked for is never an
 * error: a page that is missing, not a number, zero or negative is the first page, one beyond the last is the last
 * page, and an empty list has one (empty) page.
 *
 * @param page  the page shown, 1 to {@code pages}
 * @param pages how many pages the items fill, at least 1
 * @param size  items per page
 */
public record Pagination(int page, int pages, int size) {

    public Pagination {
        if (size < 1 || pages < 1 || page < 1 || page > pages) {
            throw new IllegalArgumentException("page " + page + " of " + pages + " with " + size + " per page");
        }
    }

    /** The page {@code requested} (as typed in the address) of {@code total} items, {@code size} per page. */
    public static Pagination of(@Nullable String requested, long total, int size) {
        return of(requested, total, size, Integer.MAX_VALUE);
    }

    /** As {@link #of(String, long, int)}, showing at most {@code maxPages} pages however many items there are. */
    public static Pagination of(@Nullable String requested, long total, int size, int maxPages) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        int pages = (int) Math.max(1, Math.min(maxPages, (total + size - 1) / size));
        return new Pagination(Math.min(requested(requested), pages), pages, size);
    }

    /** The page number in {@code raw}, or 1 when it is missing, not a number, zero or negative. */
    public static int requested(@Nullable String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.matches("[0-9]{1,9}")) {
            return Math.max(1, Integer.parseInt(typed));
        }
        return typed.matches("[0-9]+") ? Integer.MAX_VALUE : 1; // more digits than an int: beyond any last page
    }

    /** The index of the page's first item. */
    public int offset() {
        return (page - 1) * size;
    }

    /** The page numbers for the pager, 1 to {@code pages}. */
    public List<Integer> numbers() {
        return IntStream.rangeClosed(1, pages).boxed().toList();
    }

    /** A link to one page for the pager ({@code views/_pager.html}): its number, address, and whether it is shown. */
    public record Link(int number, String href, boolean current) {
    }

    /** The pager's links, each page's address made by {@code href} from its number. */
    public List<Link> links(IntFunction<String> href) {
        return numbers().stream().map(n -> new Link(n, href.apply(n), n == page)).toList();
    }

    /** True when there is more than one page, so a pager is worth showing. */
    public boolean several() {
        return pages > 1;
    }

    /** This page's items out of all of them. */
    public <T> List<T> slice(List<T> all) {
        return all.subList(Math.min(all.size(), offset()), Math.min(all.size(), offset() + size));
    }
}
