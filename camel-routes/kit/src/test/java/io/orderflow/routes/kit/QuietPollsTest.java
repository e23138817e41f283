package io.orderflow.routes.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A failure lasts from the first failed poll to the first poll that works, its own work before the poll included. */
class QuietPollsTest {

    @Test
    void aFailedPollFailsUntilAPollWorksAndIsNotRetriedAtOnce() {
        QuietPolls polls = new QuietPolls("a folder");
        assertTrue(polls.begin(null, null));
        assertFalse(polls.rollback(null, null, 0, new IOException("gone")));
        assertTrue(polls.failing());
        polls.rollback(null, null, 1, new IOException("gone"));
        assertTrue(polls.failing());
        polls.begin(null, null);
        polls.commit(null, null, 0);
        assertFalse(polls.failing());
    }

    @Test
    void aPollWhoseOwnWorkFailedDoesNotCountAsWorking() {
        boolean[] sweepFails = {true};
        QuietPolls polls = new QuietPolls("a folder") {
            @Override
            protected void beforePoll() throws IOException {
                if (sweepFails[0]) {
                    throw new IOException("cannot sweep");
                }
            }
        };
        assertTrue(polls.begin(null, null), "the poll goes on");
        polls.commit(null, null, 0);
        assertTrue(polls.failing());
        sweepFails[0] = false;
        polls.begin(null, null);
        polls.commit(null, null, 0);
        assertFalse(polls.failing());
    }
}
