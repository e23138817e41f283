package io.orderflow.salesorder.api;

/**
 * A page of orders, newest first.
 *
 * @param status     only this status, may be null
 * @param customerId only this customer, may be null
 * @param page       0-based page number
 * @param size       orders per page, 1-200
 */
public record OrderQuery(OrderStatus status, String customerId, int page, int size) {

    public static final int MAX_SIZE = 200;

    /** @throws IllegalArgumentException when page is negative or size outside 1-200 */
    public OrderQuery {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1-" + MAX_SIZE);
        }
    }
}
