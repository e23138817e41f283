package io.orderflow.salesorder.api;

import io.orderflow.platform.api.error.NotFoundException;

/** No order has this number. */
public class SalesOrderNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    private final String number;

    public SalesOrderNotFoundException(String number) {
        super("no sales order " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
