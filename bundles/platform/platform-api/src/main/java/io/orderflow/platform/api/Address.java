package io.orderflow.platform.api;

/**
 * A postal address.
 *
 * @param line1      street and number, never blank
 * @param line2      optional second line, may be null
 * @param city       never blank
 * @param postalCode may be null where a country has none
 * @param country    ISO 3166-1 alpha-2 code, never blank
 */
public record Address(String line1, String line2, String city, String postalCode, String country) {

    /** @throws IllegalArgumentException when line1, city or country is missing, or the country is not two letters */
    public Address {
        if (line1 == null || line1.isBlank()) {
            throw new IllegalArgumentException("address line1 is required");
        }
        if (city == null || city.isBlank()) {
            throw new IllegalArgumentException("address city is required");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("address country must be an ISO 3166-1 alpha-2 code, got " + country);
        }
    }
}
