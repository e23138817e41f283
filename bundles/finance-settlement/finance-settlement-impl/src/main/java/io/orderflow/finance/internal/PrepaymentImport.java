package io.orderflow.finance.internal;

import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.jpa.PaymentEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.RecordedPrepayments;
import io.orderflow.salesorder.api.RecordedPrepayments.Recorded;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes over, once, the prepayments recorded in sales before finance kept the payments: each becomes a payment
 * recorded and verified by the actor {@value #ACTOR}, allocated to its order, audited with sales' record. Runs when
 * finance starts with sales there (or sales arrives); the {@code FINANCE.DATA_IMPORT} row written in the same
 * transaction keeps it from running twice. It appends no {@code finance/PAYMENT_VERIFIED}: production already acted on
 * each of these when sales recorded it.
 */
@Component(immediate = true)
public final class PrepaymentImport {

    static final String ACTOR = "migration";
    static final String NAME = "sales-prepayments";
    private static final Logger LOG = LoggerFactory.getLogger(PrepaymentImport.class);
    private static final int REFERENCE_COLUMN = 35;

    @Activate
    public PrepaymentImport(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                            @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                            @Reference AuditTrail audit, @Reference NumberSequences sequences,
                            @Reference BusinessClock clock,
                            @Reference(cardinality = ReferenceCardinality.OPTIONAL,
                                    policyOption = ReferencePolicyOption.GREEDY) RecordedPrepayments sales) {
        if (sales != null) {
            int imported = run(new FinanceDatabase(jpa, migrations, transactions), audit, sequences, clock, sales);
            if (imported > 0) {
                LOG.info("Imported {} prepayment(s) recorded in sales as payments verified by {}", imported, ACTOR);
            }
        }
    }

    /** @return how many were imported now: 0 when done before */
    static int run(FinanceDatabase db, AuditTrail audit, NumberSequences sequences, BusinessClock clock,
                   RecordedPrepayments sales) {
        return db.tx(em -> {
            Connection tx = FinanceDatabase.connection(em);
            if (!em.createNativeQuery("SELECT NAME FROM FINANCE.DATA_IMPORT WHERE NAME = ?1").setParameter(1, NAME)
                    .getResultList().isEmpty()) {
                return 0;
            }
            List<Recorded> recorded = sales.recorded();
            Instant now = clock.now();
            for (Recorded r : recorded) {
                String currency = r.amount().currency();
                String reference = r.reference() == null || r.reference().length() <= REFERENCE_COLUMN
                        ? r.reference() : r.reference().substring(0, REFERENCE_COLUMN);
                String id = sequences.next(tx, "PAY", clock.dateOf(r.recordedAt()).getYear());
                PaymentEntity payment = new PaymentEntity(id, r.customerId(), CurrencyRules.entered(
                        r.amount().amount().stripTrailingZeros(), currency), currency, PaymentMethod.UNKNOWN,
                        reference, clock.dateOf(r.recordedAt()), ACTOR, now);
                payment.allocate(r.orderNumber(), payment.amount());
                payment.verify(ACTOR, now);
                em.persist(payment);
                audit.record(tx, new AuditRecord(now, ACTOR, null, "PAYMENT_IMPORTED", id, null, "sales prepayment "
                        + r.id() + " of " + r.orderNumber() + ": " + r.amount() + ", reference " + r.reference()
                        + ", recorded by " + r.recordedBy() + " at " + r.recordedAt()));
            }
            em.createNativeQuery("INSERT INTO FINANCE.DATA_IMPORT (NAME, IMPORTED, IMPORTED_AT) VALUES (?1, ?2, ?3)")
                    .setParameter(1, NAME).setParameter(2, recorded.size()).setParameter(3, Timestamp.from(now))
                    .executeUpdate();
            return recorded.size();
        });
    }
}
