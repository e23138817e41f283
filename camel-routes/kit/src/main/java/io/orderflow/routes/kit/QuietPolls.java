package io.orderflow.routes.kit;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a polled endpoint of a route bundle meets a failure that lasts (a folder gone, a partner's server down): it
 * says so at WARN once, polls less often until it works again ({@value #BACKOFF_MULTIPLIER} polls skipped after each
 * failed one) and says at INFO when it does, instead of a line at every poll. A subclass may do work of its own
 * before each poll ({@link #beforePoll()}); its failures are reported the same way.
 */
public class QuietPolls implements PollingConsumerPollStrategy {

    /** Polls skipped after a failed one, while the failure lasts. */
    public static final int BACKOFF_MULTIPLIER = 10;

    private static final Logger LOG = LoggerFactory.getLogger(QuietPolls.class);

    private final String what;
    private final AtomicBoolean failing = new AtomicBoolean();
    /** A consumer polls on one thread at a time: this poll's own work failed. */
    private volatile boolean beforePollFailed;

    /** @param what names the polled place in the log, e.g. "EDI partner acme's in/ folder" */
    public QuietPolls(String what) {
        this.what = what;
    }

    /** Gives {@code endpoint} this poll strategy and the back-off; returns it. */
    public <E extends ScheduledPollEndpoint> E applyTo(E endpoint) {
        endpoint.setPollStrategy(this);
        endpoint.setBackoffErrorThreshold(1);
        endpoint.setBackoffMultiplier(BACKOFF_MULTIPLIER);
        return endpoint;
    }

    /** Work before each poll, e.g. sweeping a folder; the default does nothing. */
    protected void beforePoll() throws Exception {
        // nothing by default
    }

    @Override
    public final boolean begin(Consumer consumer, Endpoint endpoint) {
        beforePollFailed = false;
        try {
            beforePoll();
        } catch (Exception e) {
            beforePollFailed = true;
            failed(e);
        }
        return true;
    }

    @Override
    public final void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        if (!beforePollFailed && failing.compareAndSet(true, false)) {
            LOG.info("{} works again", what);
        }
    }

    @Override
    public final boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        failed(cause);
        return false;
    }

    /** True while the last poll failed. */
    public boolean failing() {
        return failing.get();
    }

    private void failed(Exception cause) {
        if (failing.compareAndSet(false, true)) {
            LOG.warn("{} fails, tried again less often until it works (logged once): {}", what, cause.toString());
        } else {
            LOG.debug("{} still fails: {}", what, cause.toString());
        }
    }
}
