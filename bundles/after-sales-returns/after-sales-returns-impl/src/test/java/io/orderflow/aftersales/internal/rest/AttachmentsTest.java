package io.orderflow.aftersales.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void aPlainNameIsKept() {
        assertEquals("attachment; filename=\"lamp-photo_1.jpg\"; filename*=UTF-8''lamp-photo_1.jpg",
                Attachments.contentDisposition("lamp-photo_1.jpg", "evidence-1"));
    }

    @Test
    void onlyTheLastPathSegmentIsKeptAndLeadingDotsGo() {
        assertEquals("passwd", Attachments.safeName("../../etc/passwd", "x"));
        assertEquals("photo.png", Attachments.safeName("C:\\Users\\li\\photo.png", "x"));
        assertEquals("htaccess", Attachments.safeName("..htaccess", "x"));
    }

    @Test
    void controlBidiQuoteAndSemicolonCharactersAreDropped() {
        // U+202E would show "photo_gpj.exe" as "photo_exe.jpg"
        assertEquals("photo_gpj.exe", Attachments.safeName("photo_\u202Egpj.exe", "x"));
        assertEquals("a.pdfContent-Type: text-html", Attachments.safeName("a.pdf\r\nContent-Type: text-html", "x"));
        assertEquals("x.pdf filename=y.html", Attachments.safeName("x.pdf\"; filename=\"y.html", "x"));
    }

    @Test
    void nothingLeftFallsBack() {
        assertEquals("evidence-3", Attachments.safeName(null, "evidence-3"));
        assertEquals("evidence-3", Attachments.safeName("dir/", "evidence-3"));
        assertEquals("evidence-3", Attachments.safeName(" ..\u0000 ", "evidence-3"));
    }

    @Test
    void aLongNameIsCutWithoutSplittingACharacter() {
        String name = "\uD83D\uDCF7".repeat(120); // camera emoji, a surrogate pair each
        String kept = Attachments.safeName(name, "x");
        assertEquals(100, kept.codePointCount(0, kept.length()));
        assertEquals("\uD83D\uDCF7".repeat(100), kept);
    }

    @Test
    void nonAsciiNamesAreEscapedForOldClientsAndEncodedForTheOthers() {
        assertEquals("attachment; filename=\"____.jpg\"; filename*=UTF-8''%E9%80%80%E8%B4%A7%E7%85%A7%E7%89%87.jpg",
                Attachments.contentDisposition("退货照片.jpg", "x"));
        // '*', '(' and ' ' are no attr-char: percent-encoded, as are quote and backslash in the ASCII name
        assertEquals("attachment; filename=\"a b(1)*.pdf\"; filename*=UTF-8''a%20b%281%29%2A.pdf",
                Attachments.contentDisposition("a b(1)*.pdf", "x"));
    }

    @Test
    void onlyEvidenceTypesAreServedAsSuch() {
        assertEquals("image/png", Attachments.contentType("image/png"));
        assertEquals("application/pdf", Attachments.contentType("application/pdf"));
        assertEquals("application/octet-stream", Attachments.contentType("text/html"));
        assertEquals("application/octet-stream", Attachments.contentType(null));
    }
}
