package io.orderflow.aftersales.api;

import io.orderflow.platform.api.text.FreeText;

/**
 * A reviewer's decision on a requested return: a {@code marketing-manager} and {@code quality} each sign once.
 *
 * @param approve        whether the reviewer agrees to take the goods back
 * @param companyQuality quality's finding whether the cause is the company's own quality (only {@code quality}
 *                       answers it; null otherwise); when it is, the return policy's limits do not apply
 * @param reason         required when rejecting, at most 500 characters
 */
public record ReviewDecision(boolean approve, Boolean companyQuality, @FreeText String reason) {
}
