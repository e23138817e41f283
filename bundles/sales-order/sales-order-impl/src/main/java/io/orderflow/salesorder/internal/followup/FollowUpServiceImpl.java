package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.DelayReport;
import io.orderflow.salesorder.api.FollowUpEntry;
import io.orderflow.salesorder.api.FollowUpService;
import io.orderflow.salesorder.api.MonthlyMeasures;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.SalesArchive;
import io.orderflow.salesorder.internal.domain.SalesMeasures;
import io.orderflow.salesorder.internal.jpa.FollowUpQueries;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The supervisor's follow-up lists, the monthly measures and archive. Months are those of the business zone.
 */
@Component(service = {FollowUpService.class, FollowUpServiceImpl.class},
        configurationPid = FollowUpServiceImpl.PID)
@Designate(ocd = FollowUpServiceImpl.Config.class)
public final class FollowUpServiceImpl implements FollowUpService {

    static final String PID = "orderflow.sales-order.follow-up";
    static final int MAX_MONTHS = 120;

    @ObjectClassDefinition(name = "Orderflow sales follow-up", description = "When an order needs following up")
    public @interface Config {
        @AttributeDefinition(min = "1", description = "An open order whose status has not changed for longer is stale")
        int staleDays() default 7;

        @AttributeDefinition(min = "1", description = "Hours after production reports a delay by which the customer"
                + " must be told")
        int delayNoticeHours() default 24;
    }

    private final SalesOrderDatabase db;
    private final BusinessClock clock;
    private volatile Config config;

    @Activate
    public FollowUpServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                               @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                               Config config, @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
        this.config = checked(config);
    }

    /** Takes new settings in place, so that the REST endpoints using this service stay up. */
    @Modified
    void modified(Config changed) {
        config = checked(changed);
    }

    private static Config checked(Config config) {
        if (config.staleDays() < 1 || config.delayNoticeHours() < 1) {
            throw new InvalidConfigurationException(PID, "staleDays and delayNoticeHours", "must be at least 1");
        }
        return config;
    }

    /** When the customer must have been told of a delay reported at {@code reportedAt}. */
    Instant noticeDueAt(Instant reportedAt) {
        return reportedAt.plus(Duration.ofHours(config.delayNoticeHours()));
    }

    @Override
    public List<FollowUpEntry> overdueForConfirmation() {
        return db.tx(em -> FollowUpQueries.overdueForConfirmation(em, clock.now()));
    }

    @Override
    public List<FollowUpEntry> stale() {
        Instant since = clock.now().minus(Duration.ofDays(config.staleDays()));
        return db.tx(em -> FollowUpQueries.unchangedSince(em, since));
    }

    @Override
    public List<DelayReport> delayNoticesDue() {
        return db.tx(FollowUpQueries::delaysNotNotified);
    }

    @Override
    public List<MonthlyMeasures> measures(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from (" + from + ")");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new ValidationException("to", "at most " + MAX_MONTHS + " months at a time");
        }
        Instant now = clock.now();
        return SalesMeasures.of(db.tx(em -> FollowUpQueries.facts(em, start(from), start(to.plusMonths(1)))), from, to,
                clock.zone(), now);
    }

    @Override
    public void writeArchive(YearMonth month, Writer csv) {
        SalesArchive.write(db.tx(em -> FollowUpQueries.archive(em, start(month), start(month.plusMonths(1)))), csv);
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.zone()).toInstant();
    }
}
