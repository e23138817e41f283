package io.orderflow.routes.edi.internal.transport;

/** Where the files for a partner go. Writing a name again replaces the file with the same bytes. */
@FunctionalInterface
public interface Outbox {

    void write(String name, byte[] content);
}
