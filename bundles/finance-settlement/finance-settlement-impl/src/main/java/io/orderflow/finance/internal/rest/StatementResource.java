package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.Statement;
import io.orderflow.finance.api.StatementService;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Roles;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** A customer's statement under {@code /api/finance/customers/{id}/statement?from=&to=} (yyyy-MM-dd, both optional). */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.CFO, Roles.AUDITOR, Roles.PRESIDENT})
public final class StatementResource {

    private final StatementService statements;

    StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Path("/{id}/statement")
    public Statement statement(@PathParam("id") String customer, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        return statements.statement(customer, day("from", from), day("to", to));
    }

    /** A day as given; null when not given: the service's default. */
    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + value + "' is not a date yyyy-MM-dd");
        }
    }
}
