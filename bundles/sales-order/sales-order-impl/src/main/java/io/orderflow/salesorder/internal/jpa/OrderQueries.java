package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.OrderQuery;
import io.orderflow.salesorder.api.Page;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.TimelineEntry;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** The queries of the sales order tables; entities stay in this package, records go out. */
public final class OrderQueries {

    private OrderQueries() {
    }

    public static Optional<SalesOrderEntity> byCustomerPo(EntityManager em, String customerId, String customerPo) {
        return em.createQuery("select o from SalesOrderEntity o where o.customerId = :c and o.customerPo = :po",
                        SalesOrderEntity.class)
                .setParameter("c", customerId).setParameter("po", customerPo)
                .getResultStream().findFirst();
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
