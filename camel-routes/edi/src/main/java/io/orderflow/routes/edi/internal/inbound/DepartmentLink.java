package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.platform.api.error.DepartmentUnavailableException;

/**
 * A department as the gateway reaches it through a dynamic, optional reference: there, or away (stopped or being
 * updated). While it is away, partners' files that need it wait in their folders; that is not a failure of a file.
 *
 * @param <S> the department's service
 */
public final class DepartmentLink<S> {

    private final String department;
    private volatile S service;

    /** @param department as people name it, e.g. "sales order" */
    public DepartmentLink(String department) {
        this.department = department;
    }

    public void bind(S bound) {
        service = bound;
    }

    /** Forgets the service when it is the one in use (a replacement may have been bound first). */
    public synchronized void unbind(S gone) {
        if (service == gone) {
            service = null;
        }
    }

    public boolean present() {
        return service != null;
    }

    public String department() {
        return department;
    }

    /** @throws DepartmentUnavailableException when the department is away */
    public S get() {
        return DepartmentUnavailableException.require(service, department);
    }
}
