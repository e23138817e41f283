package io.orderflow.logistics.internal.domain;

/**
 * GS1 Serial Shipping Container Codes: 18 digits, an extension digit, the company prefix, a serial reference and a
 * check digit, one per package of a dispatch advice.
 */
public final class Sscc {

    private static final int LENGTH = 18;

    private Sscc() {
    }

    /**
     * @param extension     0 to 9
     * @param companyPrefix the GS1 company prefix, 7 to 10 digits
     * @param serial        the package's serial number, which must fit the digits the prefix leaves
     * @throws IllegalArgumentException when the parts do not make 17 digits
     */
    public static String of(int extension, String companyPrefix, long serial) {
        if (extension < 0 || extension > 9 || companyPrefix == null || !companyPrefix.matches("\\d{7,10}")) {
            throw new IllegalArgumentException("an SSCC needs an extension digit and a 7 to 10 digit company prefix");
        }
        int serialDigits = LENGTH - 2 - companyPrefix.length();
        String reference = String.valueOf(serial);
        if (serial < 0 || reference.length() > serialDigits) {
            throw new IllegalArgumentException("serial " + serial + " does not fit " + serialDigits + " digits");
        }
        String body = extension + companyPrefix + "0".repeat(serialDigits - reference.length()) + reference;
        return body + checkDigit(body);
    }

    /** The GS1 check digit of the digits before it: weights 3 and 1 alternating from the right. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
