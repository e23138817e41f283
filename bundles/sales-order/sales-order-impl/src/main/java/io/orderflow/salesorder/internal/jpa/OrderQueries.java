package io.orderflow.salesorder.internal.jpa;

import io.orderflow.platform.api.Money;
import io.orderflow.salesorder.api.OrderQuery;
import io.orderflow.salesorder.api.OrderRevision;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.Page;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderNotFoundException;
import io.orderflow.salesorder.api.TimelineEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

/** The queries of the sales order tables; entities stay in this package, records go out. */
public final class OrderQueries {

    /** The statuses in which a confirmed order counts against the customer's credit. */
    private static final List<OrderStatus> CREDIT_EXPOSURE = List.of(OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION,
            OrderStatus.AWAITING_SHIPMENT, OrderStatus.SHIPPED, OrderStatus.COMPLETED);

    private OrderQueries() {
    }

    /**
     * The order, for reading.
     *
     * @throws SalesOrderNotFoundException when there is none
     */
    public static SalesOrderEntity require(EntityManager em, String number) {
        SalesOrderEntity order = em.find(SalesOrderEntity.class, number);
        if (order == null) {
            throw new SalesOrderNotFoundException(number);
        }
        return order;
    }

    /**
     * The order, locked until the transaction ends: changes to one order happen one after the other.
     *
     * @throws SalesOrderNotFoundException when there is none
     */
    public static SalesOrderEntity lockForUpdate(EntityManager em, String number) {
        SalesOrderEntity order = em.find(SalesOrderEntity.class, number, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new SalesOrderNotFoundException(number);
        }
        return order;
    }

    public static Optional<SalesOrderEntity> byCustomerPo(EntityManager em, String customerId, String customerPo) {
        return em.createQuery("select o from SalesOrderEntity o where o.customerId = :c and o.customerPo = :po",
                        SalesOrderEntity.class)
                .setParameter("c", customerId).setParameter("po", customerPo)
                .getResultStream().findFirst();
    }

    /** The replacement order placed for this RMA, if any. */
    public static Optional<SalesOrderEntity> byRma(EntityManager em, String rma) {
        return em.createQuery("select o from SalesOrderEntity o where o.rma = :rma", SalesOrderEntity.class)
                .setParameter("rma", rma).getResultStream().findFirst();
    }

    public static Page<SalesOrder> page(EntityManager em, OrderQuery query) {
        // Derby cannot type "? is null", so the filters are added only when given.
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.status() != null) {
            where.append(" and o.status = :status");
        }
        if (query.customerId() != null) {
            where.append(" and o.customerId = :customer");
        }
        TypedQuery<SalesOrderEntity> select = em.createQuery(
                "select o from SalesOrderEntity o" + where + " order by o.receivedAt desc, o.number desc",
                SalesOrderEntity.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from SalesOrderEntity o" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (query.customerId() != null) {
                q.setParameter("customer", query.customerId());
            }
        }
        List<SalesOrder> items = select.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList().stream().map(SalesOrderEntity::toRecord).toList();
        return new Page<>(items, query.page(), query.size(), count.getSingleResult());
    }

    /**
     * The customer's orders that count against its credit, by number with their totals: confirmed or later (held ones
     * too), on credit terms, in {@code currency}.
     */
    public static Map<String, Money> creditOrders(EntityManager em, String customerId, String currency) {
        Map<String, Money> orders = new TreeMap<>();
        em.createQuery("select o.number, o.totalAmount from SalesOrderEntity o where o.customerId = :c"
                        + " and o.currency = :cur and o.paymentTerms like 'NET%'"
                        + " and (o.status in :open or o.status = :held and o.confirmedAt is not null)", Object[].class)
                .setParameter("c", customerId).setParameter("cur", currency).setParameter("open", CREDIT_EXPOSURE)
                .setParameter("held", OrderStatus.ON_HOLD).getResultList()
                .forEach(row -> orders.put((String) row[0], Amounts.money((BigDecimal) row[1], currency)));
        return orders;
    }

    public static List<ChangeRequestEntity> changeRequests(EntityManager em, String number) {
        return em.createQuery("select c from ChangeRequestEntity c where c.orderNumber = :n order by c.id",
                ChangeRequestEntity.class).setParameter("n", number).getResultList();
    }

    /** The kept earlier revisions, oldest first. */
    public static List<OrderRevision> revisions(EntityManager em, String number) {
        return em.createQuery("select r from OrderRevisionEntity r where r.orderNumber = :n order by r.revision",
                OrderRevisionEntity.class).setParameter("n", number).getResultList().stream()
                .map(OrderRevisionEntity::toRecord).toList();
    }

    public static List<TimelineEntry> timeline(EntityManager em, String number) {
        return em.createQuery("select t from TimelineEntryEntity t where t.orderNumber = :n order by t.position",
                        TimelineEntryEntity.class)
                .setParameter("n", number).getResultList().stream().map(TimelineEntryEntity::toRecord).toList();
    }

    public static List<String> numbersStartingWith(EntityManager em, String prefix, int limit) {
        return em.createQuery("select o.number from SalesOrderEntity o where o.number like :p order by o.number desc",
                        String.class)
                .setParameter("p", prefix.replace("%", "") + "%").setMaxResults(limit).getResultList();
    }
}
