package io.orderflow.routes.edi.internal.ledger;

/** A file we are about to send, named and written with the control number the ledger gave it. */
public record RenderedFile(String name, byte[] content) {

    /** Renders a file once its control number is known. */
    @FunctionalInterface
    public interface Renderer {
        RenderedFile render(long controlNumber);
    }
}
