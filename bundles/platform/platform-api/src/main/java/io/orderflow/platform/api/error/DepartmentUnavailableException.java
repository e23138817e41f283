package io.orderflow.platform.api.error;

/**
 * Another department this work needs is away: stopped, being updated or not installed. Nothing was changed; the same
 * call succeeds once it is back. REST answers 503 naming the department; the event relay keeps the event waiting
 * without counting an attempt against it.
 */
public class DepartmentUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String department;

    /** @param department as people name it, e.g. "sales order" */
    public DepartmentUnavailableException(String department) {
        super("the " + department + " department is not running (stopped, being updated or not installed);"
                + " try again once it is back");
        this.department = department;
    }

    public String department() {
        return department;
    }

    /**
     * The service of a dynamic, optional reference, read once.
     *
     * @throws DepartmentUnavailableException naming the department when the service is away
     */
    public static <T> T require(T service, String department) {
        if (service == null) {
            throw new DepartmentUnavailableException(department);
        }
        return service;
    }

    /** True when the failure, or one of its causes, is a department being away. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DepartmentUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
