package io.orderflow.aftersales.api;

import io.orderflow.platform.api.text.FreeText;
import java.time.Instant;

/**
 * The customer's satisfaction with how the return was handled.
 *
 * @param score   1 (very unhappy) to 5 (very happy)
 * @param comment what the customer said, at most 1,000 characters; may be null
 */
public record Satisfaction(int score, @FreeText String comment, String recordedBy, Instant at) {
}
