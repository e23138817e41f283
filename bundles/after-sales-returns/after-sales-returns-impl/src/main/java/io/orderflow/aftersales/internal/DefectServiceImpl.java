package io.orderflow.aftersales.internal;

import io.orderflow.aftersales.api.DefectService;
import io.orderflow.aftersales.api.DefectStatistics;
import io.orderflow.aftersales.internal.domain.DefectRules;
import io.orderflow.aftersales.internal.jpa.ReturnedQuantities;
import io.orderflow.aftersales.internal.jpa.ShippedLines;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.time.Instant;
import java.time.YearMonth;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Defect statistics over what inspection found and what logistics shipped, by month of the business zone. */
@Component(service = DefectService.class, configurationPid = DefectSettings.PID)
@Designate(ocd = DefectSettings.Config.class)
public final class DefectServiceImpl implements DefectService {

    private final AfterSalesDatabase db;
    private final BusinessClock clock;
    private final DefectRules rules;

    @Activate
    public DefectServiceImpl(@Reference(target = AfterSalesDatabase.UNIT) JpaTemplate jpa,
                             @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                             @Reference BusinessClock clock, DefectSettings.Config config) {
        this.rules = DefectSettings.rules(config);
        this.db = new AfterSalesDatabase(jpa, migrations, transactions);
        this.clock = clock;
    }

    @Override
    public DefectStatistics defects(YearMonth from, YearMonth to) {
        DefectRules.checkRange(from, to);
        return db.tx(em -> rules.statistics(from, to,
                ReturnedQuantities.between(em, start(from), start(to.plusMonths(1))).stream()
                        .map(r -> new DefectRules.Returned(r.productCode(), YearMonth.from(clock.dateOf(r.at())),
                                r.cause(), r.quantity())).toList(),
                ShippedLines.shippedBetween(em, from.atDay(1), to.atEndOfMonth()).stream()
                        .map(s -> new DefectRules.Shipped(s.productCode(), YearMonth.from(s.day()), s.quantity()))
                        .toList()));
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.zone()).toInstant();
    }
}
