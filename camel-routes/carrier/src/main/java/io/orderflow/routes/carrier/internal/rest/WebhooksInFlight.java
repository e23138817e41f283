package io.orderflow.routes.carrier.internal.rest;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many webhooks are being answered right now: applying kept ones gives way to them, since a carrier waits for its
 * answer and applying can wait a moment.
 */
public final class WebhooksInFlight {

    private final AtomicInteger answering = new AtomicInteger();

    void enter() {
        answering.incrementAndGet();
    }

    void leave() {
        answering.decrementAndGet();
    }

    public boolean any() {
        return answering.get() > 0;
    }
}
