package io.orderflow.routes.edi.internal.ledger;

import io.orderflow.routes.edi.internal.partner.Standard;

/** A file we are about to send, named and written with the control number the ledger gave it. */
public record RenderedFile(String name, byte[] content) {

    /** Named after its type and our control number: {@code 997-000000012.x12}, {@code CONTRL-12.edi}. */
    public static RenderedFile named(String type, Standard standard, long controlNumber, byte[] content) {
        return new RenderedFile(type + "-" + (standard == Standard.X12 ? String.format("%09d", controlNumber) + ".x12"
                : controlNumber + ".edi"), content);
    }

    /** Renders a file once its control number is known. */
    @FunctionalInterface
    public interface Renderer {
        RenderedFile render(long controlNumber);
    }
}
