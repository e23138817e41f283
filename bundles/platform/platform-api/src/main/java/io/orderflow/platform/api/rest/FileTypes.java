package io.orderflow.platform.api.rest;

/**
 * What an uploaded file (a receipt, a photo of a damage) is, by its first bytes (its "magic number"), never by its name or the type its sender declares:
 * a text file named {@code receipt.pdf} is no PDF.
 */
public final class FileTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private FileTypes() {
    }

    /** The media type the content shows, or null when it is none of JPEG, PNG and PDF. */
    public static String sniff(byte[] content) {
        if (startsWith(content, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        return startsWith(content, PDF_MAGIC) ? PDF : null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
