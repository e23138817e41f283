package io.orderflow.salesorder.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the entries of this page
 * @param page  0-based page number
 * @param size  the page size asked for
 * @param total the number of entries on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
